package org.emodisparity.embedded;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

@TopCommand
@Command(name = "emodisparity", mixinStandardHelpOptions = true, version = "emodisparity 0.1.0",
        description = "Shows where what a client says and what their face and voice show disagree.",
        subcommands = {AnalyzeCommand.class, ServeCommand.class, TrendCommand.class, ModelsSubcommand.class, TokenCommand.class})
public class EmodisparityCommand {
}
