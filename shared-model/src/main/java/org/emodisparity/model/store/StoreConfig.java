package org.emodisparity.model.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Where the bucket is: {@code emodisparity.store.*} in application.properties, or EMODISPARITY_STORE_* in
 * the environment.
 */
@ConfigMapping(prefix = "emodisparity.store")
public interface StoreConfig {

    enum Type { LOCAL, S3 }

    /** LOCAL: a folder laid out like the bucket (embedded mode). S3: AWS S3 or an S3-compatible server. */
    @WithDefault("local")
    Type type();

    /** Root folder of the local bucket. */
    @WithDefault("${user.home}/.emodisparity/bucket")
    String root();

    /** Bucket name (S3): the work bucket when areas have their own buckets, else the only one. */
    Optional<String> bucket();

    /** Bucket of {@code uploads/} (the original PHI uploads); the default bucket when absent. */
    Optional<String> uploadsBucket();

    /** Bucket of {@code reports/} and {@code audit/}; the default bucket when absent. */
    Optional<String> reportsBucket();

    /** Region (S3); the SDK's default provider chain when absent. */
    Optional<String> region();

    /** Endpoint override for S3-compatible servers (tests, on-premises object stores). */
    Optional<String> endpoint();

    /** Path-style addressing (S3-compatible servers). */
    @WithDefault("false")
    boolean pathStyle();

    /** Customer-managed KMS key for SSE-KMS writes; the bucket default encryption applies when absent. */
    Optional<String> kmsKeyId();
}
