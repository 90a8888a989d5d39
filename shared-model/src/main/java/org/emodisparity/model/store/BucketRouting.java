package org.emodisparity.model.store;

import java.util.Map;

/**
 * Which S3 bucket holds a key, by its area (the first key segment). The AWS deployment keeps PHI uploads, the
 * pipeline's work and the reports in separate buckets with their own retention and access policies, while the
 * code keeps one key layout: {@code uploads/} → uploads bucket, {@code reports/} and {@code audit/} → reports
 * bucket, everything else ({@code work/}, {@code status/}) → the default bucket. With one bucket all areas
 * share it.
 */
public record BucketRouting(String defaultBucket, Map<String, String> bucketByArea) {

    public BucketRouting {
        if (defaultBucket == null || defaultBucket.isBlank()) {
            throw new IllegalArgumentException("a default bucket is required");
        }
        bucketByArea = Map.copyOf(bucketByArea);
    }

    public static BucketRouting single(String bucket) {
        return new BucketRouting(bucket, Map.of());
    }

    /** One bucket per area as deployed on AWS; a null bucket falls back to the default one. */
    public static BucketRouting of(String defaultBucket, String uploadsBucket, String reportsBucket) {
        Map<String, String> byArea = new java.util.HashMap<>();
        if (uploadsBucket != null && !uploadsBucket.isBlank()) {
            byArea.put("uploads", uploadsBucket);
        }
        if (reportsBucket != null && !reportsBucket.isBlank()) {
            byArea.put("reports", reportsBucket);
            byArea.put("audit", reportsBucket);
        }
        return new BucketRouting(defaultBucket, byArea);
    }

    /** The bucket of a key or of a listing prefix (its first segment decides). */
    public String bucketFor(String keyOrPrefix) {
        int slash = keyOrPrefix.indexOf('/');
        String area = slash < 0 ? keyOrPrefix : keyOrPrefix.substring(0, slash);
        return bucketByArea.getOrDefault(area, defaultBucket);
    }
}
