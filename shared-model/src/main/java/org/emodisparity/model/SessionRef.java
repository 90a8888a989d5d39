package org.emodisparity.model;

import java.util.regex.Pattern;

/**
 * Identifies one analysed session within one clinic. Both ids are restricted to a safe alphabet because they
 * become parts of object keys: no separators, no "..", nothing a crafted event could use to reach another
 * clinic's prefix.
 */
public record SessionRef(String clinicId, String sessionId) {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public SessionRef {
        requireSafe("clinicId", clinicId);
        requireSafe("sessionId", sessionId);
    }

    public static boolean isSafeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches();
    }

    private static void requireSafe(String what, String id) {
        if (!isSafeId(id)) {
            throw new IllegalArgumentException(what + " must match " + SAFE_ID.pattern() + ", was '" + id + "'");
        }
    }

    @Override
    public String toString() {
        return clinicId + "/" + sessionId;
    }
}
