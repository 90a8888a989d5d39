package org.emodisparity.models;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Stand-ins for the registries, so install runs end to end offline: an npm tarball and a jar built here, served by
 * tiny {@code npm}/{@code mvn} scripts that behave like {@code npm pack} and {@code mvn dependency:copy} (they copy
 * the archive into the destination folder given on the command line), and a local HTTP server for URL sources.
 * Catalog entries for them: {@link CatalogJson} (model-catalog's test jar).
 */
final class FakeRegistry implements AutoCloseable {
    final Path root;
    final Map<String, byte[]> npmFiles = new LinkedHashMap<>();
    final Map<String, byte[]> jarFiles = new LinkedHashMap<>();
    final Map<String, byte[]> httpFiles = new LinkedHashMap<>();
    private HttpServer server;

    FakeRegistry(Path root) {
        this.root = root;
    }

    /** Writes the archives and scripts; starts the HTTP server if any URL file was added. */
    ExternalTools tools() throws IOException {
        Files.createDirectories(root);
        Path tgz = root.resolve("fake-models-1.0.0.tgz");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(Files.newOutputStream(tgz)))) {
            for (Map.Entry<String, byte[]> e : npmFiles.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        }
        Path jar = root.resolve("fake-1.0.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : jarFiles.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Path npm = script("npm", """
                #!/bin/sh
                # npm pack SPEC --pack-destination DIR
                [ "$1" = pack ] && [ "$2" = fake-models@1.0.0 ] && [ "$3" = --pack-destination ] || { echo "bad args: $*"; exit 3; }
                cp '%s' "$4/"
                """.formatted(tgz));
        Path mvn = script("mvn", """
                #!/bin/sh
                # mvn -q PLUGIN:copy -Dartifact=G:A:V -DoutputDirectory=DIR
                for a in "$@"; do
                  case "$a" in
                    -Dartifact=org.example:fake:1.0) ok=1 ;;
                    -DoutputDirectory=*) out="${a#-DoutputDirectory=}" ;;
                  esac
                done
                [ -n "$ok" ] && [ -n "$out" ] || { echo "bad args: $*"; exit 3; }
                cp '%s' "$out/"
                """.formatted(jar));
        if (!httpFiles.isEmpty()) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = httpFiles.get(exchange.getRequestURI().getPath());
                exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                if (body != null) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        new ByteArrayInputStream(body).transferTo(out);
                    }
                }
                exchange.close();
            });
            server.start();
        }
        return new ExternalTools(List.of(npm.toString()), List.of(mvn.toString()));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path script(String name, String body) throws IOException {
        Path p = root.resolve(name);
        Files.writeString(p, body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
