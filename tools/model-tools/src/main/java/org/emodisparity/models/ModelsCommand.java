package org.emodisparity.models;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.store.BucketRouting;
import org.emodisparity.model.store.S3ObjectStore;

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
                   models push    --bucket NAME [--prefix models/] [--profile P] [--models-dir DIR]
                   models pull    --bucket NAME [--prefix models/] [--profile P] [--models-dir DIR]
                                  [--region R] (else the SDK's chain; credentials too)
                                  [--endpoint URL --path-style] (S3-compatible servers)
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

    private record Options(String command, Path modelsDir, Profile profile, boolean pin, String model,
                           Bucket bucket) {
    }

    /** The models bucket of a deployment, for push and pull. */
    private record Bucket(String name, String prefix, String region, String endpoint, boolean pathStyle) {
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
                case "push", "pull" -> mirror(repository, o, out);
                default -> throw new IllegalStateException(o.command());
            };
        } catch (IOException | RuntimeException e) {
            err.println("models " + o.command() + ": " + e.getMessage());
            return 1;
        }
    }

    private Options parse(String[] args) {
        if (args.length == 0 || !List.of("list", "install", "verify", "push", "pull").contains(args[0])) {
            throw new IllegalArgumentException(args.length == 0 ? "no command" : "unknown command '" + args[0] + "'");
        }
        Path modelsDir = ModelsDirectory.resolve();
        Profile profile = null;
        boolean pin = false;
        String model = null;
        String bucket = null;
        String prefix = "models/";
        String endpoint = null;
        String region = null;
        boolean pathStyle = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--bucket" -> bucket = value(args, ++i, "--bucket");
                case "--prefix" -> prefix = value(args, ++i, "--prefix");
                case "--endpoint" -> endpoint = value(args, ++i, "--endpoint");
                case "--region" -> region = value(args, ++i, "--region");
                case "--path-style" -> pathStyle = true;
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
        boolean mirror = args[0].equals("push") || args[0].equals("pull");
        if (mirror != (bucket != null)) {
            throw new IllegalArgumentException(mirror ? args[0] + " needs --bucket NAME" : "--bucket applies to push and pull");
        }
        if (!args[0].equals("install") && (pin || model != null)) {
            throw new IllegalArgumentException("--pin and --model apply to install only");
        }
        if (!args[0].equals("install") && !mirror && profile != null) {
            throw new IllegalArgumentException("--profile applies to install, push and pull");
        }
        return new Options(args[0], modelsDir, profile, pin, model,
                mirror ? new Bucket(bucket, prefix, region, endpoint, pathStyle) : null);
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

    private int mirror(ModelRepository repository, Options o, PrintStream out) throws IOException {
        List<ModelEntry> entries = o.profile() != null ? catalog.profile(o.profile()) : catalog.entries();
        try (var s3 = S3ObjectStore.client(Optional.ofNullable(o.bucket().region()),
                Optional.ofNullable(o.bucket().endpoint()), o.bucket().pathStyle())) {
            ModelMirror mirror = new ModelMirror(new S3ObjectStore(s3, BucketRouting.single(o.bucket().name()), null, null),
                    o.bucket().prefix());
            ModelMirror.Outcome r = o.command().equals("push") ? mirror.push(repository, entries)
                    : mirror.pull(repository, entries);
            out.printf("%s s3://%s/%s: %d copied, %d up to date, %d not available%n", o.command(), o.bucket().name(),
                    o.bucket().prefix(), r.copied().size(), r.upToDate().size(), r.absent().size());
            r.copied().forEach(f -> out.println("  copied " + f));
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
