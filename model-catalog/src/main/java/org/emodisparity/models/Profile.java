package org.emodisparity.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * {@code default}: open models from package registries, installable anywhere the build works. {@code paper}: the
 * models of the paper's setup, fetched from their publishers where a network allows (or supplied by the user).
 */
public enum Profile {
    @JsonProperty("default") DEFAULT,
    @JsonProperty("paper") PAPER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Profile parse(String text) {
        for (Profile p : values()) {
            if (p.label().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + text + "' (default|paper)");
    }
}
