package org.emodisparity.model.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderObjectStoreTest {
    @TempDir
    Path dir;

    @Test
    void putGetListExists() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir);
        store.put("a/b/one.json", "1".getBytes());
        store.put("a/b/two.json", "2".getBytes());
        store.put("a/c/three.json", "3".getBytes());
        store.put("a/b/one.json", "1b".getBytes());
        assertArrayEquals("1b".getBytes(), store.get("a/b/one.json").orElseThrow());
        assertEquals(List.of("a/b/one.json", "a/b/two.json"), store.list("a/b/"));
        assertEquals(3, store.list("a/").size());
        assertTrue(store.exists("a/c/three.json"));
        assertFalse(store.exists("a/c/none.json"));
        assertTrue(store.get("nope").isEmpty());
        assertEquals(2L, store.size("a/b/one.json").orElseThrow());
    }

    @Test
    void putIfAbsentWritesOnceEvenUnderConcurrency() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir);
        AtomicInteger winners = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                final byte[] content = ("writer " + i).getBytes();
                futures.add(pool.submit(() -> {
                    if (store.putIfAbsent("locks/once", content)) {
                        winners.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, winners.get());
        assertTrue(new String(store.get("locks/once").orElseThrow()).startsWith("writer "));
        assertEquals(List.of("locks/once"), store.list("locks/"), "no temporary files are left or listed");
    }

    @Test
    void keysCannotEscapeTheBucket() throws Exception {
        LocalFolderObjectStore store = new LocalFolderObjectStore(dir.resolve("bucket"));
        Files.writeString(dir.resolve("secret.txt"), "outside");
        for (String key : new String[] {"../secret.txt", "/etc/passwd", "a/../../secret.txt", "a//b", "a\\b", ""}) {
            assertThrows(IllegalArgumentException.class, () -> store.get(key), key);
            assertThrows(IllegalArgumentException.class, () -> store.put(key, new byte[1]), key);
        }
    }
}
