package org.emodisparity.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.emodisparity.model.store.BucketRouting;
import org.emodisparity.model.store.ObjectStore;
import org.emodisparity.model.store.S3ObjectStore;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The models bucket round trip against a real S3-compatible server (S3Proxy on a loopback port), with two real
 * installed default models: push from the installed folder, pull into an empty one, refuse a tampered object.
 */
class ModelMirrorTest {
    private static final List<String> MODELS = List.of("blazeface-front-128", "silero-vad");
    private static S3Proxy proxy;
    private static S3Client s3;

    @BeforeAll
    static void startServer(@TempDir Path blobs) throws Exception {
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", blobs.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem").credentials("identity", "credential")
                .overrides(props).build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore()).awsAuthentication(AuthenticationType.NONE, null, null)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
        System.setProperty("aws.accessKeyId", "x");
        System.setProperty("aws.secretAccessKey", "x");
        s3 = S3ObjectStore.client(java.util.Optional.of("us-east-1"),
                java.util.Optional.of("http://127.0.0.1:" + proxy.getPort()), true);
    }

    @AfterAll
    static void stopServer() throws Exception {
        s3.close();
        proxy.stop();
    }

    private static ObjectStore bucket(String name) {
        s3.createBucket(b -> b.bucket(name));
        return new S3ObjectStore(s3, BucketRouting.single(name), null, null);
    }

    private static List<ModelEntry> entries(ModelRepository repository) {
        return MODELS.stream().map(id -> repository.catalog().entry(id)).toList();
    }

    @Test
    void pushedModelsArePulledIntoAnEmptyFolderAndVerified(@TempDir Path empty) throws Exception {
        MODELS.forEach(RequiredModels::assumeOrFail);
        ModelRepository installed = ModelRepository.atDefaultLocation();
        ObjectStore bucket = bucket("models-roundtrip");
        ModelMirror mirror = new ModelMirror(bucket, "models/");

        ModelMirror.Outcome pushed = mirror.push(installed, entries(installed));
        assertFalse(pushed.copied().isEmpty());
        assertTrue(bucket.exists("models/silero-vad/" + installed.catalog().entry("silero-vad").files().get(0).name()));
        assertEquals(pushed.copied().size(), mirror.push(installed, entries(installed)).upToDate().size(),
                "a second push copies nothing");

        ModelRepository fresh = new ModelRepository(empty);
        ModelMirror.Outcome pulled = mirror.pull(fresh, entries(fresh));
        assertEquals(pushed.copied(), pulled.copied());
        for (ModelEntry e : entries(fresh)) {
            assertEquals(ModelState.INSTALLED, fresh.state(e), e.id());
        }
        assertEquals(pulled.copied().size(), mirror.pull(fresh, entries(fresh)).upToDate().size());
        // a model the bucket does not hold is reported, not invented
        ModelEntry notPushed = fresh.catalog().entry("fer-mini-xception");
        assertFalse(mirror.pull(fresh, List.of(notPushed)).absent().isEmpty());
    }

    @Test
    void aTamperedObjectIsRefusedAndLeavesNothingBehind(@TempDir Path empty) throws Exception {
        RequiredModels.assumeOrFail("silero-vad");
        ModelRepository installed = ModelRepository.atDefaultLocation();
        ObjectStore bucket = bucket("models-tampered");
        ModelMirror mirror = new ModelMirror(bucket, "");
        ModelEntry vad = installed.catalog().entry("silero-vad");
        mirror.push(installed, List.of(vad));
        String key = "silero-vad/" + vad.files().get(0).name();
        byte[] bytes = bucket.get(key).orElseThrow();
        bytes[bytes.length / 2] ^= 1; // one flipped bit
        bucket.put(key, bytes);

        ModelRepository fresh = new ModelRepository(empty);
        ModelIntegrityException refused = assertThrows(ModelIntegrityException.class,
                () -> mirror.pull(fresh, List.of(fresh.catalog().entry("silero-vad"))));
        assertEquals("silero-vad", refused.modelId());
        try (var files = Files.walk(empty)) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "no partial or tampered file kept");
        }
    }

    @Test
    void theModelsCommandPushesAndPulls(@TempDir Path empty) throws Exception {
        RequiredModels.assumeOrFail("blazeface-front-128");
        bucket("models-cli");
        String endpoint = "http://127.0.0.1:" + proxy.getPort();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelsCommand command = new ModelsCommand();
        int pushed = command.run(new String[] {"push", "--bucket", "models-cli", "--endpoint", endpoint, "--path-style", "--region", "us-east-1",
                "--profile", "default", "--models-dir", ModelRepository.atDefaultLocation().modelsDir().toString()},
                new PrintStream(out), System.err);
        assertEquals(0, pushed, out.toString());
        int pulled = command.run(new String[] {"pull", "--bucket", "models-cli", "--endpoint", endpoint, "--path-style", "--region", "us-east-1",
                "--profile", "default", "--models-dir", empty.toString()}, new PrintStream(out), System.err);
        assertEquals(0, pulled, out.toString());
        assertEquals(ModelState.INSTALLED, new ModelRepository(empty).state(
                ModelCatalog.load().entry("blazeface-front-128")));
        assertEquals(2, command.run(new String[] {"pull", "--models-dir", empty.toString()},
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream())), "pull without --bucket is refused");
    }
}
