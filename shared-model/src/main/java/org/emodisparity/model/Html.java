package org.emodisparity.model;

/** Text into HTML and SVG, for the pages this project writes (reports, the client's course). */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and quoted attribute values; null is the empty string. */
    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
