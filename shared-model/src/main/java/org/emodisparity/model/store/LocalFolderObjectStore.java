package org.emodisparity.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder laid out like the bucket: key {@code a/b/c} is the file {@code root/a/b/c}.
 * Writes go to a temporary file in the same folder and are moved into place atomically, so a reader never
 * sees half an object; {@code putIfAbsent} uses a hard link, which fails atomically if the target exists.
 * Temporary files start with "." and are never listed.
 */
public final class LocalFolderObjectStore implements ObjectStore {
    private final Path root;

    public LocalFolderObjectStore(Path root) throws IOException {
        this.root = Files.createDirectories(root).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The file behind a key (for tools that must hand a path to a native library). */
    public Path pathOf(String key) {
        Path p = root.resolve(ObjectStore.checkKey(key)).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("key escapes the bucket: " + key);
        }
        return p;
    }

    @Override
    public Optional<Path> localPath(String key) {
        Path p = pathOf(key);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public void put(String key, byte[] content) throws IOException {
        Path target = pathOf(key);
        Path tmp = tempBeside(target);
        try {
            Files.write(tmp, content);
            moveReplacing(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void putFile(String key, Path file) throws IOException {
        Path target = pathOf(key);
        Path tmp = tempBeside(target);
        try {
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            moveReplacing(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content) throws IOException {
        Path target = pathOf(key);
        if (Files.exists(target)) {
            return false;
        }
        Path tmp = tempBeside(target);
        try {
            Files.write(tmp, content);
            Files.createLink(target, tmp);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Optional<byte[]> get(String key) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(pathOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public void download(String key, Path target) throws IOException {
        Files.copy(pathOf(key), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        Path p = pathOf(key);
        return Files.isRegularFile(p) ? Optional.of(Files.size(p)) : Optional.empty();
    }

    /**
     * Walks only the folder the prefix names (not the whole bucket), and tolerates files that vanish during the
     * walk: other sessions' writes create and remove temporary files all the time.
     */
    @Override
    public List<String> list(String prefix) throws IOException {
        int slash = prefix.lastIndexOf('/');
        Path start = slash < 0 ? root : pathOf(prefix.substring(0, slash));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<String> keys = new java.util.ArrayList<>();
        Files.walkFileTree(start, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".") && key.startsWith(prefix)) {
                    keys.add(key);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE; // removed while we walked
                }
                throw e;
            }
        });
        keys.sort(null);
        return keys;
    }

    /** Deletes the file and then the folders it leaves empty, up to the bucket root. */
    @Override
    public boolean delete(String key) throws IOException {
        Path p = pathOf(key);
        boolean existed = Files.deleteIfExists(p);
        for (Path dir = p.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
            Files.deleteIfExists(dir);
        }
        return existed;
    }

    private static Path tempBeside(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
