package org.emodisparity.distributed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.codec.PipelineEventCodec;
import org.emodisparity.model.store.BucketRouting;
import org.emodisparity.model.store.S3ObjectStore;
import org.emodisparity.models.ModelEntry;
import org.emodisparity.models.ModelMirror;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.Profile;
import org.emodisparity.models.RequiredModels;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.ReportReady;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The distributed mode with real servers and real media: ElasticMQ and S3Proxy as processes, the five function
 * applications as five more processes (QUARKUS_PROFILE=distributed, configured only through the environment
 * variables the Terraform deployment sets), an upload of a real video into the uploads bucket, and the report in
 * the reports bucket. Uses the default models (installed by {@code ./emodisparity setup}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributedPipelineIT {
    private static final List<String> FUNCTIONS = List.of("segmenter", "face", "speech", "transcribe-sentiment",
            "fusion-llm");
    private static final Duration SESSION_TIMEOUT = Duration.ofMinutes(4);

    private static LocalCloud cloud;
    private static LocalS3Notifier notifier;
    private static final Map<String, FunctionProcess> functions = new LinkedHashMap<>();

    @BeforeAll
    static void startEverything() throws Exception {
        Path dir = Path.of("target", "distributed-run").toAbsolutePath();
        if (Files.exists(dir)) { // a fresh bucket and fresh logs each run
            try (var old = Files.walk(dir)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        cloud = new LocalCloud(dir);
        notifier = new LocalS3Notifier(cloud);
        // what an operator does once per deployment: models install (done by ./emodisparity setup), models push
        ModelRepository installed = ModelRepository.atDefaultLocation();
        for (ModelEntry e : installed.catalog().profile(Profile.DEFAULT)) {
            RequiredModels.assumeOrFail(e.id());
        }
        new ModelMirror(new S3ObjectStore(cloud.s3, BucketRouting.single(LocalCloud.MODELS_BUCKET), null, null),
                "models/").push(installed, installed.catalog().profile(Profile.DEFAULT));
        for (String name : FUNCTIONS) {
            functions.put(name, FunctionProcess.function(SharedMedia.repoRoot(), name, dir, cloud.functionEnvironment()).start());
        }
        for (FunctionProcess f : functions.values()) {
            f.awaitStarted(Duration.ofMinutes(3));
        }
    }

    @AfterAll
    static void stopEverything() {
        functions.values().forEach(FunctionProcess::close);
        if (notifier != null) {
            notifier.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    @Order(1)
    void anUploadedVideoBecomesAReportWithEveryStageRecorded() throws Exception {
        SessionRef session = new SessionRef("clinic-a", "s-e2e");
        String uploadKey = upload(session, SharedMedia.gridBbaf2n());
        byte[] original = Files.readAllBytes(SharedMedia.gridBbaf2n());

        JsonNode report = awaitReport(session);
        assertEquals(session.sessionId(), report.path("sessionId").asText());
        assertEquals(3, report.path("modalities").size(), report.toString());
        Map<Stage, StageStatus> statuses = statuses(session);
        assertEquals(Stage.values().length, statuses.size(), "a status object per stage: " + statuses.keySet());
        statuses.values().forEach(s -> assertTrue(s.state().isFinal(), s.toString()));
        assertEquals(StageState.SUCCEEDED, statuses.get(Stage.FACE).state());
        assertEquals(StageState.SUCCEEDED, statuses.get(Stage.SPEECH).state());
        assertTrue(exists(LocalCloud.REPORTS_BUCKET, ObjectKeys.reportHtml(session)));
        assertArrayEquals(original, get(LocalCloud.UPLOADS_BUCKET, uploadKey).orElseThrow(), "the upload is untouched");
        // each area went to its own bucket
        assertTrue(exists(LocalCloud.WORK_BUCKET, ObjectKeys.part(session, Stage.FACE)));
        assertFalse(exists(LocalCloud.UPLOADS_BUCKET, ObjectKeys.part(session, Stage.FACE)));
        assertTrue(awaitReportReady(session), "ReportReady reached the clinic's queue");
        assertTrue(Files.readString(functions.get("face").log()).contains("models from bucket " + LocalCloud.MODELS_BUCKET),
                "face copied its models from the models bucket");
    }

    @Test
    @Order(2)
    void theSameEventDeliveredTwiceLeavesOneUnchangedReport() throws Exception {
        SessionRef session = new SessionRef("clinic-a", "s-e2e");
        String key = ObjectKeys.upload(session, "video.mpg");
        byte[] before = get(LocalCloud.REPORTS_BUCKET, ObjectKeys.reportJson(session)).orElseThrow();
        long reportsBefore = countDeliveredReports();
        var head = cloud.s3.headObject(b -> b.bucket(LocalCloud.UPLOADS_BUCKET).key(key));
        notifier.notify(key, head.contentLength(), head.eTag());
        notifier.notify(key, head.contentLength(), head.eTag());
        // the duplicates travel the whole pipeline (segmenter replays its fan-out, stages find themselves done)
        assertTrue(waitFor(Duration.ofMinutes(2), () -> countDeliveredReports() >= reportsBefore + 2),
                "both duplicates were processed to the end");
        assertArrayEquals(before, get(LocalCloud.REPORTS_BUCKET, ObjectKeys.reportJson(session)).orElseThrow(),
                "the report is byte for byte the same");
        assertEquals(List.of(ObjectKeys.reportHtml(session), ObjectKeys.reportJson(session), ObjectKeys.reportSummary(session)),
                keys(LocalCloud.REPORTS_BUCKET, ObjectKeys.sessionPrefix(ObjectKeys.REPORTS, session)));
    }

    @Test
    @Order(3)
    void poisonMessagesGoToDeadLetterQueuesWhileOtherSessionsComplete() throws Exception {
        cloud.sqs.sendMessage(b -> b.queueUrl(cloud.queueUrl("emodisparity-uploads")).messageBody("not an S3 event"));
        cloud.sqs.sendMessage(b -> b.queueUrl(cloud.queueUrl("emodisparity-fusion"))
                .messageBody("{\"schemaVersion\":1,\"clinicId\":\"../x\",\"stage\":\"face\"}"));
        SessionRef session = new SessionRef("clinic-b", "s-after-poison");
        upload(session, SharedMedia.file("media/video/grid/grid_lbax4n.mpg"));
        awaitReport(session);
        assertTrue(waitFor(Duration.ofMinutes(1), () -> depth(cloud.dlqUrl("emodisparity-uploads")) == 1
                && depth(cloud.dlqUrl("emodisparity-fusion")) == 1), "each poison message is in its dead-letter queue");
    }

    @Test
    @Order(4)
    void aFunctionKilledMidSessionIsRestartedAndTheSessionCompletesWithOneReport() throws Exception {
        SessionRef session = new SessionRef("clinic-a", "s-killed");
        upload(session, SharedMedia.pexelsWomanVideo());
        assertTrue(waitFor(Duration.ofMinutes(2), () -> statuses(session).containsKey(Stage.FACE)
                && statuses(session).get(Stage.FACE).state() == StageState.RUNNING), "face started");
        FunctionProcess face = functions.get("face");
        face.kill();
        assertEquals(StageState.RUNNING, statuses(session).get(Stage.FACE).state(), "killed while working");
        Thread.sleep(2_000);
        assertFalse(exists(LocalCloud.REPORTS_BUCKET, ObjectKeys.reportJson(session)), "no report without face");
        face.start().awaitStarted(Duration.ofMinutes(3));

        JsonNode report = awaitReport(session);
        StageStatus faceStatus = statuses(session).get(Stage.FACE);
        assertEquals(StageState.SUCCEEDED, faceStatus.state(), faceStatus.toString());
        assertEquals(2, faceStatus.attempt(), "the redelivered message started a second attempt: " + faceStatus);
        assertTrue(report.path("modalities").toString().contains("face"));
        assertEquals(List.of(ObjectKeys.reportHtml(session), ObjectKeys.reportJson(session), ObjectKeys.reportSummary(session)),
                keys(LocalCloud.REPORTS_BUCKET, ObjectKeys.sessionPrefix(ObjectKeys.REPORTS, session)));
    }

    @Test
    @Order(5)
    void tenSessionsUploadedAtOnceGiveTenReports() throws Exception {
        List<SessionRef> sessions = new ArrayList<>();
        List<Path> clips = List.of(SharedMedia.gridBbaf2n(), SharedMedia.file("media/video/grid/grid_lbax4n.mpg"),
                SharedMedia.file("media/video/grid/grid_id2_vcd_swwp2s.mpg"));
        for (int i = 0; i < 10; i++) {
            SessionRef s = new SessionRef("clinic-" + (i % 2 == 0 ? "a" : "b"), "s-batch-" + i);
            sessions.add(s);
        }
        sessions.parallelStream().forEach(s -> upload(s, clips.get(sessions.indexOf(s) % clips.size())));
        long start = System.nanoTime();
        for (SessionRef s : sessions) {
            awaitReport(s);
        }
        System.out.printf("10 sessions: all reports after %.1f s%n", (System.nanoTime() - start) / 1e9);
        for (SessionRef s : sessions) {
            assertEquals(List.of(ObjectKeys.reportHtml(s), ObjectKeys.reportJson(s), ObjectKeys.reportSummary(s)),
                    keys(LocalCloud.REPORTS_BUCKET, ObjectKeys.sessionPrefix(ObjectKeys.REPORTS, s)));
        }
        for (String queue : LocalCloud.QUEUES) {
            // only the two poison messages of the earlier test ever reached a dead-letter queue
            int expected = queue.equals("emodisparity-uploads") || queue.equals("emodisparity-fusion") ? 1 : 0;
            assertEquals(expected, depth(cloud.dlqUrl(queue)), queue + "-dlq");
            if (!queue.equals("emodisparity-reports")) { // the clinic's queue: nobody reads it here
                assertEquals(0, depth(cloud.queueUrl(queue)), queue + " is drained");
            }
        }
    }

    @Test
    @Order(6)
    void theSessionsApiCreatesASessionTakesThePresignedUploadAndShowsStatusAndReport() throws Exception {
        Path dir = Path.of("target", "distributed-run").toAbsolutePath();
        int port = LocalCloud.freePort();
        Map<String, String> env = new LinkedHashMap<>(cloud.functionEnvironment());
        env.put("EMODISPARITY_HTTP_PORT", String.valueOf(port));
        env.put("EMODISPARITY_AUTH_LOCAL_ISSUER_KEYS_DIR", dir.resolve("jwt").toString());
        try (FunctionProcess api = new FunctionProcess(SharedMedia.repoRoot().resolve("sessions-api"), "sessions-api",
                dir, env).start()) {
            // a token of the local issuer, made by the command line (the same key folder the API verifies with)
            FunctionProcess cli = new FunctionProcess(SharedMedia.repoRoot().resolve("functions/embedded"), "embedded",
                    dir, Map.of("EMODISPARITY_AUTH_LOCAL_ISSUER_KEYS_DIR", dir.resolve("jwt").toString()));
            String token = cli.runCommand("token", "--clinic", "clinic-api", "--role", "clinician").trim();
            String otherClinic = cli.runCommand("token", "--clinic", "clinic-b", "--role", "clinician").trim();
            api.awaitStarted(Duration.ofMinutes(3));
            String base = "http://127.0.0.1:" + port + "/sessions";

            var created = Contract.json().readTree(http("POST", base, token, "{\"mediaType\":\"video/mpeg\"}").body());
            String sessionId = created.path("sessionId").asText();
            JsonNode video = created.path("video");
            assertEquals("PUT", video.path("method").asText(), created.toString());
            assertTrue(video.path("url").asText().startsWith(cloud.s3Endpoint()), "presigned for the S3 server: " + video);
            var put = java.net.http.HttpRequest.newBuilder(java.net.URI.create(video.path("url").asText()))
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofFile(SharedMedia.gridBbaf2n()));
            video.path("headers").fields().forEachRemaining(h -> put.header(h.getKey(), h.getValue().asText()));
            assertEquals(200, java.net.http.HttpClient.newHttpClient()
                    .send(put.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());

            SessionRef session = new SessionRef("clinic-api", sessionId);
            awaitReport(session);
            JsonNode status = Contract.json().readTree(http("GET", base + "/" + sessionId, token, null).body());
            assertEquals(Stage.values().length, status.path("stages").size(), status.toString());
            status.path("stages").forEach(s -> assertTrue(StageState.valueOf(s.path("state").asText()).isFinal(),
                    s.toString()));
            var report = http("GET", base + "/" + sessionId + "/report", token, null);
            assertEquals(200, report.statusCode());
            assertEquals(sessionId, Contract.json().readTree(report.body()).path("sessionId").asText());
            assertEquals(404, http("GET", base + "/" + sessionId + "/report", otherClinic, null).statusCode(),
                    "another clinic's token does not even learn that the session exists");
        }
    }

    private static java.net.http.HttpResponse<String> http(String method, String url, String token, String json)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    // ---- helpers ----

    private static String upload(SessionRef session, Path video) {
        String name = video.getFileName().toString();
        String key = ObjectKeys.upload(session, "video" + name.substring(name.lastIndexOf('.')));
        cloud.s3.putObject(b -> b.bucket(LocalCloud.UPLOADS_BUCKET).key(key), RequestBody.fromFile(video));
        return key;
    }

    private static JsonNode awaitReport(SessionRef session) throws Exception {
        String key = ObjectKeys.reportJson(session);
        if (!waitFor(SESSION_TIMEOUT, () -> exists(LocalCloud.REPORTS_BUCKET, key))) {
            StringBuilder logs = new StringBuilder();
            for (FunctionProcess f : functions.values()) {
                logs.append("\n--- ").append(f.name).append(" ---\n").append(f.tail());
            }
            throw new AssertionError("no report for " + session + " after " + SESSION_TIMEOUT + "; statuses "
                    + statuses(session) + logs);
        }
        return Contract.json().readTree(get(LocalCloud.REPORTS_BUCKET, key).orElseThrow());
    }

    private static final List<ReportReady> announced = new ArrayList<>();

    private static synchronized long countDeliveredReports() {
        for (var m : cloud.sqs.receiveMessage(b -> b.queueUrl(cloud.queueUrl("emodisparity-reports"))
                .maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
            announced.add((ReportReady) PipelineEventCodec.REPORT_READY.decode(m.body()).get(0));
            cloud.sqs.deleteMessage(b -> b.queueUrl(cloud.queueUrl("emodisparity-reports")).receiptHandle(m.receiptHandle()));
        }
        return announced.size();
    }

    private static boolean awaitReportReady(SessionRef session) throws Exception {
        return waitFor(Duration.ofMinutes(1), () -> {
            countDeliveredReports();
            return announced.stream().anyMatch(r -> r.session().equals(session));
        });
    }

    private static Map<Stage, StageStatus> statuses(SessionRef session) {
        Map<Stage, StageStatus> result = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            get(LocalCloud.WORK_BUCKET, ObjectKeys.status(session, stage))
                    .ifPresent(b -> result.put(stage, Contract.fromJson(b, StageStatus.class)));
        }
        return result;
    }

    private static int depth(String queueUrl) {
        Map<QueueAttributeName, String> a = cloud.sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static Optional<byte[]> get(String bucket, String key) {
        try {
            return Optional.of(cloud.s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    private static boolean exists(String bucket, String key) {
        return get(bucket, key).isPresent();
    }

    private static List<String> keys(String bucket, String prefix) {
        return cloud.s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(o -> o.key()).filter(k -> !k.endsWith("/")).sorted().toList();
    }

    private static boolean waitFor(Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return condition.get();
    }
}
