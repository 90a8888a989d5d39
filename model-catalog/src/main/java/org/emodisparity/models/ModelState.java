package org.emodisparity.models;

import java.util.Locale;

/** An installed model's condition, from best to worst only in the sense of what to do next. */
public enum ModelState {
    /** Every file present and matching its pinned SHA-256. */
    INSTALLED,
    /** At least one file absent (and none corrupt). */
    MISSING,
    /** At least one file whose SHA-256 differs from the pinned value. */
    CORRUPT,
    /** Files present, but at least one has no SHA-256 in the catalog or pins.json: run install --pin. */
    UNPINNED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
