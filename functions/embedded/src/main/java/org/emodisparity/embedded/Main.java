package org.emodisparity.embedded;

import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the embedded application. Options that decide how the application itself is built
 * ({@code --bucket}, {@code --models-dir}, {@code --verbose}) must be known before Quarkus reads its
 * configuration, so they are turned into system properties here; picocli then parses the whole command line.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        boolean verbose = false;
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (command == null && !a.startsWith("-")) {
                command = a;
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
        Quarkus.run(PicocliRunner.class, args);
    }
}
