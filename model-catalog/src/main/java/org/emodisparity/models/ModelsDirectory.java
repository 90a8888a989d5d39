package org.emodisparity.models;

import java.nio.file.Path;

/**
 * Where models are installed: system property {@value #PROPERTY}, else environment variable {@value #ENV}, else
 * {@code ~/.emodisparity/models}.
 */
public final class ModelsDirectory {
    public static final String PROPERTY = "emodisparity.models.dir";
    public static final String ENV = "EMODISPARITY_MODELS_DIR";

    private ModelsDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(ENV), System.getProperty("user.home"));
    }

    static Path resolve(String property, String env, String userHome) {
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".emodisparity", "models").toAbsolutePath().normalize();
    }
}
