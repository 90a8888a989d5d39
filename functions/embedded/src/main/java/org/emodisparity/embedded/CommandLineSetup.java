package org.emodisparity.embedded;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import picocli.CommandLine;

/** The command line as Quarkus builds it, with picocli's parse errors as one line and exit code 2. */
@ApplicationScoped
public class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        CommandLine cli = factory.create();
        cli.setParameterExceptionHandler((e, args) -> {
            String name = e.getCommandLine().getCommandName();
            e.getCommandLine().getErr().println(name + ": " + e.getMessage() + " (see: emodisparity " + name
                    + " --help)");
            return 2;
        });
        return cli;
    }
}
