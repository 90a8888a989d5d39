package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.junit.jupiter.api.Test;

/**
 * {@code serve}: videos dropped into the uploads area of a bucket folder get their reports in the reports area
 * (the local stand-in for "upload to the bucket triggers the analysis"), and a bad upload gets a failed status.
 */
@QuarkusMainTest
class ServeCommandTest {

    @Test
    void droppedVideosAreAnalysedIntoTheReportsArea(QuarkusMainLauncher launcher) throws Exception {
        // the bucket is the configured store root (test application.properties): target/test-bucket
        Path bucket = TestBucket.ROOT;
        Path good = bucket.resolve("uploads/clinic-b/serve-good/session.mpg");
        Path bad = bucket.resolve("uploads/clinic-b/serve-bad/session.mp4");
        Files.createDirectories(good.getParent());
        Files.createDirectories(bad.getParent());
        Files.copy(SharedMedia.gridBbaf2n(), good, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(bad, "not a video");

        LaunchResult result = launcher.launch("serve", "--bucket", bucket.toString(), "--poll-millis", "100", "--once");
        assertEquals(0, result.exitCode(), result.getErrorOutput());

        Path report = bucket.resolve("reports/clinic-b/serve-good/report.json");
        assertTrue(Files.exists(report), "report of the good upload");
        assertTrue(Files.exists(bucket.resolve("reports/clinic-b/serve-good/report.html")));
        assertEquals(3.0, Contract.json().readTree(report.toFile()).path("media").path("durationSeconds").asDouble(), 1e-9);
        String status = Files.readString(bucket.resolve("status/clinic-b/serve-bad/segmenter.json"));
        assertTrue(status.contains("NOT_MEDIA"), status);
        assertTrue(Files.notExists(bucket.resolve("reports/clinic-b/serve-bad")));
        assertEquals("not a video", Files.readString(bad), "the upload is untouched");
    }
}
