package org.emodisparity.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.Contract;
import org.emodisparity.model.MediaInfo;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.emodisparity.model.ReasonCode;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.SessionStatusStore;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.store.LocalFolderObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segmenter on real media from ../shared/media (GRID clip with speech; the 19.7 s Pexels video). */
class SegmenterStageTest {
    static final SessionRef SESSION = new SessionRef("clinic-a", "session-1");

    @TempDir
    Path bucketDir;

    static SegmenterConfig config(double window, double stride, Duration max) {
        return new SegmenterConfig() {
            public double windowSeconds() { return window; }
            public double strideSeconds() { return stride; }
            public Duration maxDuration() { return max; }
        };
    }

    record Run(LocalFolderObjectStore store, Optional<SessionSegmented> result, String uploadKey) {
        StageStatus status() {
            return new SessionStatusStore(store).read(SESSION, Stage.SEGMENTER).orElseThrow();
        }
    }

    Run segment(Path media, SegmenterConfig config) throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(bucketDir);
        String key = ObjectKeys.upload(SESSION, media.getFileName().toString());
        store.putFile(key, media);
        SegmenterStage segmenter = new SegmenterStage(store, config);
        return new Run(store, segmenter.segment(new UploadCreated(key, Files.size(media))), key);
    }

    @Test
    void gridClipHasThreeSecondsVideoAndSixteenKilohertzMonoAudio() throws Exception {
        Path grid = SharedMedia.gridBbaf2n();
        byte[] original = Files.readAllBytes(grid);
        Run run = segment(grid, config(2.5, 1.25, Duration.ofHours(3)));

        SessionSegmented event = run.result().orElseThrow();
        assertNull(event.skipped() == null ? null : event.skipReason(Stage.FACE));
        MediaInfo info = Contract.fromJson(run.store().get(ObjectKeys.mediaInfo(SESSION)).orElseThrow(), MediaInfo.class);
        assertEquals(3.0, info.durationSeconds(), 0.001, "GRID clips are 75 frames at 25 fps");
        assertEquals(360, info.video().width());
        assertEquals(288, info.video().height());
        assertEquals(25.0, info.video().fps(), 0.01);
        assertEquals(44100, info.audio().sampleRate());
        assertEquals(2, info.audio().channels());
        assertEquals("mpeg", info.container());

        Path wav = run.store().localPath(ObjectKeys.audio(SESSION)).orElseThrow();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            assertEquals(16000f, f.getSampleRate());
            assertEquals(1, f.getChannels());
            assertEquals(16, f.getSampleSizeInBits());
            double seconds = in.getFrameLength() / (double) f.getSampleRate();
            // the MP2 track is 114 frames of 1152 samples at 44.1 kHz = 2.978 s, 22 ms shorter than the video;
            // the WAV matches the audio track within one video frame
            assertEquals(114 * 1152 / 44100.0, info.audio().durationSeconds(), 0.001);
            assertEquals(info.audio().durationSeconds(), seconds, 1 / 25.0, "audio length " + seconds + " s");
        }

        WindowPlan plan = Contract.fromJson(run.store().get(ObjectKeys.plan(SESSION)).orElseThrow(), WindowPlan.class);
        assertEquals(2, plan.windows().size());
        assertEquals(0.0, plan.windows().get(0).start());
        assertEquals(2.5, plan.windows().get(0).end());
        assertEquals(0.5, plan.windows().get(1).start(), 1e-9);
        assertEquals(3.0, plan.windows().get(1).end(), 1e-9);

        assertEquals(StageState.SUCCEEDED, run.status().state());
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(run.store().localPath(run.uploadKey()).orElseThrow())),
                "the upload is never modified");
    }

    @Test
    void pexelsVideoIsPlannedWithConfiguredStride() throws Exception {
        Run run = segment(SharedMedia.pexelsWomanVideo(), config(2.5, 0.5, Duration.ofHours(3)));
        run.result().orElseThrow();
        MediaInfo info = Contract.fromJson(run.store().get(ObjectKeys.mediaInfo(SESSION)).orElseThrow(), MediaInfo.class);
        assertEquals(19.7, info.durationSeconds(), 0.1);
        assertEquals(640, info.video().width());
        assertEquals(24.0, info.video().fps(), 0.1);
        assertNotNull(info.audio(), "the Pexels video has a (silent) audio track");
        WindowPlan plan = Contract.fromJson(run.store().get(ObjectKeys.plan(SESSION)).orElseThrow(), WindowPlan.class);
        // starts 0, 0.5, ... while start + 2.5 <= duration, plus one window aligned to the end
        int full = (int) Math.floor((info.durationSeconds() - 2.5) / 0.5) + 1;
        assertEquals(full + 1, plan.windows().size());
        plan.windows().forEach(w -> assertEquals(2.5, w.duration(), 1e-6));
        assertEquals(info.durationSeconds(), plan.windows().get(plan.windows().size() - 1).end(), 1e-3);
    }

    @Test
    void redeliveredUploadReplaysTheSameEventWithoutRedoingWork() throws Exception {
        Run first = segment(SharedMedia.gridBbaf2n(), config(2.5, 1.25, Duration.ofHours(3)));
        Path wav = first.store().localPath(ObjectKeys.audio(SESSION)).orElseThrow();
        long written = Files.getLastModifiedTime(wav).toMillis();
        Thread.sleep(20);
        SegmenterStage again = new SegmenterStage(first.store(), config(2.5, 1.25, Duration.ofHours(3)));
        SessionSegmented replayed = again.segment(new UploadCreated(first.uploadKey(), 1)).orElseThrow();
        assertEquals(first.result().orElseThrow(), replayed);
        assertEquals(written, Files.getLastModifiedTime(wav).toMillis(), "audio not extracted twice");
        assertEquals(1, first.status().attempt());
    }

    @Test
    void transcriptSidecarIsNotSegmented() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(bucketDir);
        String key = ObjectKeys.upload(SESSION, "session.vtt");
        store.put(key, "WEBVTT\n".getBytes());
        assertTrue(new SegmenterStage(store, config(2.5, 1.25, Duration.ofHours(3)))
                .segment(new UploadCreated(key, 7)).isEmpty());
        assertFalse(store.exists(ObjectKeys.status(SESSION, Stage.SEGMENTER)));
    }

    @Test
    void longerThanMaximumIsRejectedBeforeDecoding() throws Exception {
        Run run = segment(SharedMedia.gridBbaf2n(), config(2.5, 1.25, Duration.ofSeconds(2)));
        assertTrue(run.result().isEmpty());
        assertEquals(StageState.FAILED, run.status().state());
        assertEquals(ReasonCode.TOO_LONG, run.status().reason());
        assertFalse(run.store().exists(ObjectKeys.audio(SESSION)));
    }
}
