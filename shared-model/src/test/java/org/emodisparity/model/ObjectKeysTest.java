package org.emodisparity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectKeysTest {
    static final SessionRef S = new SessionRef("clinic-7", "2026-11-29_a");

    @Test
    void everyArtefactOfASessionIsUnderItsClinicAndSession() {
        assertEquals("uploads/clinic-7/2026-11-29_a/session.mp4", ObjectKeys.upload(S, "session.mp4"));
        assertEquals("work/clinic-7/2026-11-29_a/audio.wav", ObjectKeys.audio(S));
        assertEquals("work/clinic-7/2026-11-29_a/parts/transcribe-sentiment.json", ObjectKeys.part(S, Stage.TRANSCRIPT));
        assertEquals("status/clinic-7/2026-11-29_a/fusion-llm.json", ObjectKeys.status(S, Stage.FUSION));
        assertEquals("reports/clinic-7/2026-11-29_a/report.html", ObjectKeys.reportHtml(S));
        for (String key : new String[] {ObjectKeys.mediaInfo(S), ObjectKeys.plan(S), ObjectKeys.segmented(S),
                ObjectKeys.reportJson(S)}) {
            assertTrue(key.contains("/clinic-7/2026-11-29_a/"), key);
        }
    }

    @Test
    void uploadKeysParseBackToTheirSession() {
        var parsed = ObjectKeys.parseUpload("uploads/clinic-7/2026-11-29_a/My Session.mp4").orElseThrow();
        assertEquals(S, parsed.session());
        assertEquals("My Session.mp4", parsed.fileName());
    }

    @Test
    void craftedKeysAreNotUploads() {
        for (String key : new String[] {"uploads/x.mp4", "uploads/../reports/a/b.mp4", "uploads/a/../b.mp4",
                "uploads/a/b/c/d.mp4", "uploads/a/b/", "uploads/a/b/.partial.mp4", "reports/a/b/c.mp4",
                "uploads/a b/c/d.mp4", "uploads/a/b/c\\d.mp4", null}) {
            assertTrue(ObjectKeys.parseUpload(key).isEmpty(), String.valueOf(key));
        }
    }

    @Test
    void unsafeIdsAndFileNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SessionRef("..", "s"));
        assertThrows(IllegalArgumentException.class, () -> new SessionRef("a/b", "s"));
        assertThrows(IllegalArgumentException.class, () -> new SessionRef("a", ""));
        assertThrows(IllegalArgumentException.class, () -> ObjectKeys.upload(S, "../x.mp4"));
        assertThrows(IllegalArgumentException.class, () -> ObjectKeys.upload(S, ".hidden"));
    }

    @Test
    void transcriptSidecarsAreRecognised() {
        assertTrue(ObjectKeys.isTranscriptSidecar("session.VTT"));
        assertTrue(ObjectKeys.isTranscriptSidecar("a.srt"));
        assertTrue(!ObjectKeys.isTranscriptSidecar("a.mp4"));
    }

    @Test
    void auditEventsAreDatedPerClinicAndUnique() {
        java.time.Instant at = java.time.Instant.parse("2026-03-04T23:59:59.123Z");
        assertEquals("audit/clinic-7/2026/03/04/" + at.toEpochMilli() + "-e1.json", ObjectKeys.auditEvent("clinic-7", at, "e1"));
        assertThrows(IllegalArgumentException.class, () -> ObjectKeys.auditEvent("../x", at, "e1"));
        assertThrows(IllegalArgumentException.class, () -> ObjectKeys.auditEvent("c", at, "../e1"));
    }

    @Test
    void sessionIdsAreReadOnlyFromTheGivenClinicsKeys() {
        assertEquals("s1", ObjectKeys.sessionIdOf("status/a/s1/session.json", ObjectKeys.STATUS, "a").orElseThrow());
        for (String key : new String[] {"status/b/s1/session.json", "status/ab/s1/x.json", "reports/a/s1/report.json",
                "status/a/../b/s1/x.json", "status/a/s1", "status/a/.s/x.json", null}) {
            assertTrue(ObjectKeys.sessionIdOf(key, ObjectKeys.STATUS, "a").isEmpty(), String.valueOf(key));
        }
        assertThrows(IllegalArgumentException.class, () -> ObjectKeys.clinicPrefix(ObjectKeys.UPLOADS, ".."));
    }
}
