package org.emodisparity.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emodisparity.model.store.BucketRouting;
import org.emodisparity.model.store.S3ObjectStore;
import org.jboss.logging.Logger;

/**
 * In a cloud deployment ({@code EMODISPARITY_MODELS_BUCKET} set), copies the catalog's models from the models
 * bucket into the local models folder before the function takes work, verifying every file; a tampered model
 * stops the start-up. Without the variable (embedded mode, tests) it does nothing.
 */
@ApplicationScoped
public class ModelsFromBucket {
    private static final Logger LOG = Logger.getLogger(ModelsFromBucket.class);

    private final Optional<String> bucket;
    private final String prefix;
    private final Optional<String> region;
    private final Optional<String> endpoint;
    private final boolean pathStyle;

    public ModelsFromBucket(@ConfigProperty(name = "emodisparity.models.bucket") Optional<String> bucket,
                            @ConfigProperty(name = "emodisparity.models.prefix", defaultValue = "models/") String prefix,
                            // the models bucket lives beside the data buckets: same region and endpoint. Read as
                            // plain properties: StoreConfig's mapping is not available yet when this observer runs
                            @ConfigProperty(name = "emodisparity.store.region") Optional<String> region,
                            @ConfigProperty(name = "emodisparity.store.endpoint") Optional<String> endpoint,
                            @ConfigProperty(name = "emodisparity.store.path-style", defaultValue = "false") boolean pathStyle) {
        this.bucket = bucket.filter(b -> !b.isBlank());
        this.prefix = prefix;
        this.region = region;
        this.endpoint = endpoint;
        this.pathStyle = pathStyle;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (bucket.isEmpty()) {
            return;
        }
        ModelRepository repository = ModelRepository.atDefaultLocation();
        long t0 = System.nanoTime();
        try (var s3 = S3ObjectStore.client(region, endpoint, pathStyle)) {
            ModelMirror.Outcome outcome = new ModelMirror(new S3ObjectStore(s3, BucketRouting.single(bucket.get()),
                    null, null), prefix).pull(repository, repository.catalog().entries());
            LOG.infof("models from bucket %s: %d copied, %d up to date, %d not in the bucket (%.1f s)", bucket.get(),
                    outcome.copied().size(), outcome.upToDate().size(), outcome.absent().size(),
                    (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the models from bucket " + bucket.get(), e);
        }
    }
}
