package org.emodisparity.model.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Makes the one {@link ObjectStore} of a function application from {@link StoreConfig}. */
@ApplicationScoped
public class ObjectStoreProducer {

    @Produces
    @ApplicationScoped
    ObjectStore objectStore(StoreConfig config) {
        return switch (config.type()) {
            case LOCAL -> local(Path.of(config.root()));
            case S3 -> new S3ObjectStore(s3Client(config), BucketRouting.of(
                    config.bucket().orElseThrow(() -> new IllegalStateException("emodisparity.store.bucket is required for S3")),
                    config.uploadsBucket().orElse(null), config.reportsBucket().orElse(null)),
                    config.kmsKeyId().orElse(null), presigner(config));
        };
    }

    /** The S3 store's client and presigner are closed with the application (a folder store holds nothing). */
    void close(@Disposes ObjectStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static ObjectStore local(Path root) {
        try {
            return new LocalFolderObjectStore(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use local bucket folder " + root, e);
        }
    }

    static S3Presigner presigner(StoreConfig config) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(config.pathStyle()).build());
        config.region().map(Region::of).ifPresent(builder::region);
        config.endpoint().map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static S3Client s3Client(StoreConfig config) {
        return S3ObjectStore.client(config.region(), config.endpoint(), config.pathStyle());
    }
}
