package org.emodisparity.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The semantics every {@link ObjectStore} implementation must share; one subclass per implementation. */
abstract class ObjectStoreContract {
    @TempDir
    Path tmp;

    abstract ObjectStore store() throws Exception;

    @Test
    void putReplacesAndGetReturnsTheBytes() throws Exception {
        ObjectStore store = store();
        store.put("work/c/s/a.json", "one".getBytes());
        store.put("work/c/s/a.json", "two".getBytes());
        assertArrayEquals("two".getBytes(), store.get("work/c/s/a.json").orElseThrow());
        assertTrue(store.get("work/c/s/missing.json").isEmpty());
        assertEquals(3L, store.size("work/c/s/a.json").orElseThrow());
        assertTrue(store.size("work/c/s/missing.json").isEmpty());
    }

    @Test
    void putIfAbsentWritesOnlyTheFirstTime() throws Exception {
        ObjectStore store = store();
        assertTrue(store.putIfAbsent("locks/x", "first".getBytes()));
        assertFalse(store.putIfAbsent("locks/x", "second".getBytes()));
        assertArrayEquals("first".getBytes(), store.get("locks/x").orElseThrow());
    }

    @Test
    void listByPrefixIsSortedAndExact() throws Exception {
        ObjectStore store = store();
        for (String k : List.of("status/c/s2/face.json", "status/c/s1/speech.json", "status/c/s1/face.json",
                "status/c/s10/face.json", "reports/c/s1/report.json")) {
            store.put(k, new byte[] {1});
        }
        assertEquals(List.of("status/c/s1/face.json", "status/c/s1/speech.json"), store.list("status/c/s1/"));
        assertEquals(4, store.list("status/").size());
        assertTrue(store.list("nothing/").isEmpty());
    }

    @Test
    void filesStreamInAndOut() throws Exception {
        ObjectStore store = store();
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(big);
        Path file = Files.write(tmp.resolve("big.bin"), big);
        store.putFile("uploads/c/s/video.mp4", file);
        assertTrue(store.exists("uploads/c/s/video.mp4"));
        Path back = tmp.resolve("back.bin");
        store.download("uploads/c/s/video.mp4", back);
        assertArrayEquals(big, Files.readAllBytes(back));
        try (InputStream in = store.open("uploads/c/s/video.mp4")) {
            assertEquals(big.length, in.readAllBytes().length);
        }
    }

    @Test
    void localFileHoldsTheBytesAndATemporaryCopyIsDeletedOnClose() throws Exception {
        ObjectStore store = store();
        store.put("uploads/c/s/session.vtt", "WEBVTT\n".getBytes());
        Path seen;
        try (ObjectStore.LocalFile file = store.localFile("uploads/c/s/session.vtt")) {
            seen = file.path();
            assertArrayEquals("WEBVTT\n".getBytes(), Files.readAllBytes(seen));
            assertTrue(seen.getFileName().toString().endsWith(".vtt"), "the extension survives: " + seen);
        }
        assertEquals(store.localPath("uploads/c/s/session.vtt").isEmpty(), Files.notExists(seen),
                "a downloaded copy is deleted, the local object itself is kept");
        assertTrue(store.exists("uploads/c/s/session.vtt"));
    }

    @Test
    void invalidKeysAreRefusedBeforeAnyRequest() throws Exception {
        ObjectStore store = store();
        for (String key : new String[] {"../x", "/abs", "a//b", "a/./b", "a\\b", ""}) {
            assertThrows(IllegalArgumentException.class, () -> store.put(key, new byte[1]), key);
        }
    }

    @Test
    void deleteRemovesTheObjectAndOnlyIt() throws Exception {
        ObjectStore store = store();
        store.put("uploads/c/s/video.mp4", new byte[] {1, 2});
        store.put("uploads/c/s/transcript.vtt", new byte[] {3});
        assertTrue(store.delete("uploads/c/s/video.mp4"));
        assertFalse(store.exists("uploads/c/s/video.mp4"));
        assertFalse(store.delete("uploads/c/s/video.mp4"), "deleting an absent object is harmless");
        assertEquals(List.of("uploads/c/s/transcript.vtt"), store.list("uploads/"));
        assertThrows(IllegalArgumentException.class, () -> store.delete("uploads/../x"));
    }
}
