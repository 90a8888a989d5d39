package org.emodisparity.embedded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.emodisparity.model.Contract;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.course.ClientCourse;
import org.emodisparity.model.course.ClientSessions;
import org.emodisparity.model.course.CourseHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trend --client-ref R}: the client's course over their analysed sessions in the local bucket, as
 * {@code trend.html} and {@code trend.json}; the statements about the latest session are printed too.
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Write a client's course over their analysed sessions (trend.html, trend.json), relative to their own history.")
public class TrendCommand implements Callable<Integer> {

    @Option(names = "--client-ref", paramLabel = "REF", required = true,
            description = "The client reference the sessions were analysed with (analyze --client-ref, or session.json in serve mode).")
    String clientRef;

    @Option(names = "--clinic", paramLabel = "ID", description = "The clinic (default: " + EmbeddedPipeline.LOCAL_CLINIC
            + ", the clinic of `analyze`; serve mode: the uploads/{clinic}/ folder).")
    String clinic = EmbeddedPipeline.LOCAL_CLINIC;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write trend.html and trend.json (default: ./emodisparity-trend).")
    Path out = Path.of("emodisparity-trend");

    @Option(names = "--bucket", paramLabel = "DIR", description = "The local bucket folder (default: ~/.emodisparity/bucket).")
    Path bucket;

    private final EmbeddedPipeline pipeline;

    public TrendCommand(EmbeddedPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws Exception {
        if (!SessionRef.isSafeId(clientRef) || !SessionRef.isSafeId(clinic)) {
            System.err.println("trend: --client-ref and --clinic are letters, digits, '-' and '_' (at most 64)");
            return 2;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            System.err.println("trend: --out names a file, not a folder: " + out);
            return 2;
        }
        Optional<ClientCourse> course = new ClientSessions(pipeline.store()).course(clinic, clientRef);
        if (course.isEmpty()) {
            System.err.println("trend: no analysed session of client " + clientRef + " in clinic " + clinic);
            return 4;
        }
        Files.createDirectories(out);
        Path html = out.resolve("trend.html");
        Files.writeString(html, CourseHtml.render(course.get()), StandardCharsets.UTF_8);
        Files.write(out.resolve("trend.json"), Contract.toJson(course.get()));
        System.err.println(course.get().sessions().size() + " sessions of client " + clientRef + ":");
        for (ClientCourse.Figure f : course.get().figures()) {
            if (f.statement() != null) {
                System.err.println("  " + f.label() + ": " + f.statement());
            }
        }
        System.out.println(html.toAbsolutePath());
        return 0;
    }
}
