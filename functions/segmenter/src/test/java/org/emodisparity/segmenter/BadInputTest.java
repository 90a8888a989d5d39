package org.emodisparity.segmenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.emodisparity.fixtures.MediaFixtures;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad upload ends with a typed reason in the segmenter status, nothing fanned out, and the upload
 * byte-for-byte untouched. Media with only one of video/audio is analysed for what it has.
 */
class BadInputTest {
    @TempDir
    Path bucketDir;
    @TempDir
    Path fixtures;

    private final SegmenterStageTest helper = new SegmenterStageTest();

    private SegmenterStageTest.Run segment(Path media) throws Exception {
        helper.bucketDir = bucketDir;
        return helper.segment(media, SegmenterStageTest.config(2.5, 1.25, Duration.ofHours(3)));
    }

    private StageStatus rejected(Path media, ReasonCode expected) throws Exception {
        byte[] original = Files.readAllBytes(media);
        SegmenterStageTest.Run run = segment(media);
        assertTrue(run.result().isEmpty(), "nothing is fanned out for a rejected upload");
        StageStatus status = run.status();
        assertEquals(StageState.FAILED, status.state());
        assertEquals(expected, status.reason(), status.message());
        assertNotNull(status.message());
        assertArrayEquals(original, Files.readAllBytes(run.store().localPath(run.uploadKey()).orElseThrow()),
                "the upload is untouched");
        assertFalse(run.store().exists(ObjectKeys.plan(SegmenterStageTest.SESSION)));
        return status;
    }

    @Test
    void zeroByteFile() throws Exception {
        rejected(MediaFixtures.emptyFile(fixtures), ReasonCode.EMPTY_FILE);
    }

    @Test
    void textFileNamedLikeAVideo() throws Exception {
        rejected(MediaFixtures.notMedia(fixtures), ReasonCode.NOT_MEDIA);
    }

    @Test
    void truncatedMp4() throws Exception {
        StageStatus s = rejected(MediaFixtures.truncated(SharedMedia.pexelsWomanVideo(), fixtures, 0.6), ReasonCode.TRUNCATED);
        assertTrue(s.message().contains("truncated"), s.message());
    }

    @Test
    void zeroDuration() throws Exception {
        rejected(MediaFixtures.zeroDuration(fixtures), ReasonCode.ZERO_DURATION);
    }

    @Test
    void unsupportedCodec() throws Exception {
        rejected(MediaFixtures.unsupportedCodec(fixtures), ReasonCode.UNSUPPORTED_CODEC);
    }

    @Test
    void retryOfAFailedUploadFailsTheSameWayAndCountsTheAttempt() throws Exception {
        Path media = MediaFixtures.notMedia(fixtures);
        SegmenterStageTest.Run first = segment(media);
        SegmenterStage again = new SegmenterStage(first.store(), SegmenterStageTest.config(2.5, 1.25, Duration.ofHours(3)));
        assertTrue(again.segment(new UploadCreated(first.uploadKey(), Files.size(media))).isEmpty());
        StageStatus status = first.status();
        assertEquals(ReasonCode.NOT_MEDIA, status.reason());
        assertEquals(2, status.attempt());
    }

    @Test
    void videoWithoutAudioSkipsSpeechAndTranscript() throws Exception {
        SegmenterStageTest.Run run = segment(MediaFixtures.videoOnly(fixtures, 3.0));
        SessionSegmented event = run.result().orElseThrow();
        assertEquals(ReasonCode.NO_AUDIO_STREAM, event.skipReason(Stage.SPEECH));
        assertEquals(ReasonCode.NO_AUDIO_STREAM, event.skipReason(Stage.TRANSCRIPT));
        assertNull(event.skipReason(Stage.FACE));
        assertNull(event.audioKey());
        assertFalse(run.store().exists(ObjectKeys.audio(SegmenterStageTest.SESSION)));
        assertEquals(StageState.SUCCEEDED, run.status().state());
    }

    @Test
    void audioWithoutVideoSkipsFace() throws Exception {
        SegmenterStageTest.Run run = segment(MediaFixtures.audioOnly(fixtures, 2.0));
        SessionSegmented event = run.result().orElseThrow();
        assertEquals(ReasonCode.NO_VIDEO_STREAM, event.skipReason(Stage.FACE));
        assertNull(event.skipReason(Stage.SPEECH));
        assertTrue(run.store().exists(ObjectKeys.audio(SegmenterStageTest.SESSION)));
    }

    @Test
    void keyOutsideTheUploadLayoutIsRefused() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(bucketDir);
        SegmenterStage segmenter = new SegmenterStage(store, SegmenterStageTest.config(2.5, 1.25, Duration.ofHours(3)));
        for (String key : new String[] {"uploads/x.mp4", "uploads/a/../b/c.mp4", "reports/a/b/c.mp4", "uploads/a/b/c/d.mp4"}) {
            assertThrows(IllegalArgumentException.class, () -> segmenter.segment(new UploadCreated(key, 1)), key);
        }
    }
}
