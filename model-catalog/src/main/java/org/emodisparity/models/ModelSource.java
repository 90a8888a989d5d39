package org.emodisparity.models;

/**
 * Provenance of a model: the artifact it is installed from ({@code name@version} for npm, {@code G:A:V} for
 * Maven, absent for URL and user-supplied sources), the publisher's page, and where the weights originally come
 * from when the artifact repackages them.
 */
public record ModelSource(SourceKind kind, String artifact, String page, String upstream) {

    public ModelSource {
        if (kind == null) {
            throw new IllegalArgumentException("source.kind is required");
        }
        if ((kind == SourceKind.NPM || kind == SourceKind.MAVEN) && (artifact == null || artifact.isBlank())) {
            throw new IllegalArgumentException(kind + " source needs an artifact");
        }
    }

    /** One line for listings: "npm NAME@VERSION", "maven G:A:V", the publisher page, or "user-supplied". */
    public String describe() {
        return switch (kind) {
            case NPM -> "npm " + artifact;
            case MAVEN -> "maven " + artifact;
            case URL -> page == null ? "publisher URL" : page;
            case USER_SUPPLIED -> "user-supplied" + (page == null ? "" : " (" + page + ")");
            case REPOSITORY -> "this repository" + (page == null ? "" : " (" + page + ")");
        };
    }
}
