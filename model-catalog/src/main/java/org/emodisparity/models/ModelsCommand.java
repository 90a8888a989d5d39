package org.emodisparity.models;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code models} command: {@code list}, {@code install --profile default|paper [--pin] [--model ID]} and
 * {@code verify}, each with an optional {@code --models-dir DIR} (default {@link ModelsDirectory#resolve()}).
 * Exit codes: 0 success, 1 a model failed (install) or is corrupt/missing (verify), 2 usage error.
 */
public final class ModelsCommand {
    static final String USAGE = """
            usage: models list    [--models-dir DIR]
                   models install --profile default|paper [--pin] [--model ID] [--models-dir DIR]
                   models verify  [--models-dir DIR]
            """;

    private final ModelCatalog catalog;
    private final ExternalTools tools;

    public ModelsCommand() {
        this(ModelCatalog.load(), ExternalTools.fromEnvironment());
    }

    public ModelsCommand(ModelCatalog catalog, ExternalTools tools) {
        this.catalog = catalog;
        this.tools = tools;
    }

    public static void main(String[] args) {
        int code = new ModelsCommand().run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    private record Options(String command, Path modelsDir, Profile profile, boolean pin, String model) {
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        ModelRepository repository = new ModelRepository(o.modelsDir(), catalog);
        try {
            return switch (o.command()) {
                case "list" -> list(repository, out);
                case "install" -> install(repository, o, out, err);
                case "verify" -> verify(repository, out, err);
                default -> throw new IllegalStateException(o.command());
            };
        } catch (IOException | RuntimeException e) {
            err.println("models " + o.command() + ": " + e.getMessage());
            return 1;
        }
    }

    private Options parse(String[] args) {
        if (args.length == 0 || !List.of("list", "install", "verify").contains(args[0])) {
            throw new IllegalArgumentException(args.length == 0 ? "no command" : "unknown command '" + args[0] + "'");
        }
        Path modelsDir = ModelsDirectory.resolve();
        Profile profile = null;
        boolean pin = false;
        String model = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--models-dir" -> modelsDir = Path.of(value(args, ++i, "--models-dir")).toAbsolutePath().normalize();
                case "--profile" -> profile = Profile.parse(value(args, ++i, "--profile"));
                case "--pin" -> pin = true;
                case "--model" -> model = value(args, ++i, "--model");
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        if (args[0].equals("install") && profile == null && model == null) {
            throw new IllegalArgumentException("install needs --profile default|paper (or --model ID)");
        }
        if (!args[0].equals("install") && (profile != null || pin || model != null)) {
            throw new IllegalArgumentException("--profile, --pin and --model apply to install only");
        }
        return new Options(args[0], modelsDir, profile, pin, model);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private int list(ModelRepository repository, PrintStream out) {
        String row = "%-28s %-18s %-8s %-9s %-30s %s%n";
        out.printf(row, "ID", "TASK", "PROFILE", "STATE", "LICENCE", "SOURCE");
        for (ModelEntry e : catalog.entries()) {
            out.printf(row, e.id(), e.task().label(), e.profile().label(), repository.state(e).label(), e.licence(),
                    e.source().describe());
        }
        out.println();
        out.println("models dir: " + repository.modelsDir());
        Map<String, Map<String, String>> pins = repository.pins().all();
        if (pins.isEmpty()) {
            out.println("local pins: none (" + repository.modelsDir().resolve(LocalPins.FILE_NAME) + ")");
        } else {
            out.println("local pins (" + repository.modelsDir().resolve(LocalPins.FILE_NAME) + "):");
            pins.forEach((model, files) -> files.forEach((file, sha) ->
                    out.println("  " + model + "/" + file + "  sha256 " + sha)));
        }
        return 0;
    }

    private int install(ModelRepository repository, Options o, PrintStream out, PrintStream err) throws IOException {
        List<ModelEntry> entries = o.model() != null ? List.of(catalog.entry(o.model())) : catalog.profile(o.profile());
        if (o.model() != null && o.profile() != null && entries.get(0).profile() != o.profile()) {
            throw new IllegalArgumentException(o.model() + " is in profile " + entries.get(0).profile().label());
        }
        out.println("installing into " + repository.modelsDir());
        long start = System.nanoTime();
        ModelInstaller.Result result = new ModelInstaller(repository, tools, out).install(entries, o.pin());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        out.printf("%d installed, %d failed in %.1f s%n", result.installed().size(), result.failed().size(),
                took.toMillis() / 1000.0);
        if (!result.ok()) {
            err.println("not installed: " + String.join(", ", result.failed()));
            return 1;
        }
        return 0;
    }

    private int verify(ModelRepository repository, PrintStream out, PrintStream err) {
        List<String> problems = new ArrayList<>();
        for (ModelEntry e : catalog.entries()) {
            List<FileCheck> checks = repository.check(e);
            ModelState state = repository.state(e);
            out.printf("%-28s %-8s %s%n", e.id(), e.profile().label(), state.label());
            for (FileCheck c : checks) {
                if (c.state() == ModelState.CORRUPT) {
                    out.println("  " + c.path() + ": sha256 " + c.actualSha256() + ", expected " + c.expectedSha256());
                } else if (c.state() != ModelState.INSTALLED && state != ModelState.MISSING) {
                    out.println("  " + c.path() + ": " + c.state().label());
                }
            }
            if (state == ModelState.CORRUPT) {
                problems.add(e.id() + " is corrupt");
            } else if (e.profile() == Profile.DEFAULT && state != ModelState.INSTALLED) {
                problems.add(e.id() + " (default profile) is " + state.label());
            }
        }
        if (!problems.isEmpty()) {
            err.println("verify failed: " + String.join("; ", problems));
            return 1;
        }
        out.println("verify: all default models installed, no corrupt file");
        return 0;
    }
}
