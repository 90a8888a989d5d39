package org.emodisparity.embedded;

import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Entry point of the embedded application. Options that decide how the application itself is built
 * ({@code --bucket}, {@code --models-dir}, {@code --verbose}) must be known before Quarkus reads its
 * configuration, so they are turned into system properties here; picocli then parses the whole command line.
 *
 * <p>Before that, {@link #precheck} parses {@code analyze} and {@code serve} and checks their paths
 * ({@link InputPaths}): a user's mistake is one line and its own exit code, before any work starts (the
 * command prints it; {@link CommandLineSetup} makes picocli's own parse errors one line too).
 * Third-party libraries' log noise (DJL's engine detection, ONNX Runtime) stays out of the progress bars.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        org.emodisparity.model.Shutdown.watch();
        // a mistake found here is printed by the command itself (one line, its exit code) right after start; the
        // folders it names are then not handed to the application (a --bucket naming a file would fail its start)
        boolean usable = precheck(args, new PrintStream(java.io.OutputStream.nullOutputStream())) == 0;
        boolean verbose = false;
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (command == null && !a.startsWith("-")) {
                command = a;
            }
            if (!usable) {
                continue;
            }
            if ((a.equals("--bucket") || a.equals("--models-dir")) && i + 1 < args.length) {
                System.setProperty(a.equals("--bucket") ? "emodisparity.store.root" : "emodisparity.models.dir",
                        args[i + 1]);
            } else if (a.startsWith("--bucket=")) {
                System.setProperty("emodisparity.store.root", a.substring("--bucket=".length()));
            } else if (a.equals("-v") || a.equals("--verbose")) {
                verbose = true;
            }
        }
        if (!verbose && !"serve".equals(command) && System.getProperty("quarkus.log.console.level") == null) {
            // analyze draws progress bars: only warnings interrupt them
            System.setProperty("quarkus.log.console.level", "WARN");
        }
        if (!verbose) {
            // DJL warns about CUDA and engine detection on every start; ONNX Runtime about providers
            for (String noisy : new String[] {"ai.djl", "ai.onnxruntime", "org.bytedeco"}) {
                System.setProperty("quarkus.log.category.\"" + noisy + "\".level", "ERROR");
            }
        }
        Quarkus.run(PicocliRunner.class, args);
    }

    /**
     * Parses {@code analyze} / {@code serve} arguments and checks their paths without starting anything.
     *
     * @return 0 when the command may run; otherwise the exit code, after one line was written to {@code err}
     */
    public static int precheck(String[] args, PrintStream err) {
        if (args.length == 0 || !(args[0].equals("analyze") || args[0].equals("serve"))) {
            return 0;
        }
        String name = args[0];
        Object command = name.equals("analyze") ? new AnalyzeCommand(null) : new ServeCommand(null);
        CommandLine cli = new CommandLine(command);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(Arrays.copyOfRange(args, 1, args.length));
            if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return 0;
            }
        } catch (CommandLine.ParameterException e) {
            err.println(name + ": " + e.getMessage() + " (see: emodisparity " + name + " --help)");
            return 2;
        }
        Optional<InputPaths.UsageError> usage = command instanceof AnalyzeCommand a ? a.validate()
                : InputPaths.outputFolder("--bucket", ((ServeCommand) command).bucket);
        if (usage.isPresent()) {
            err.println(usage.get().line(name));
            return usage.get().exitCode();
        }
        return 0;
    }
}
