package io.github.migrationtest.core.report.internal;

/**
 * Escapes text for HTML element content and quoted attributes. Hand-written: no HTML library is on core's
 * classpath, and five characters do not justify one.
 */
public final class Html {

    private Html() {
    }

    /** {@code &}, {@code <}, {@code >}, {@code "} and {@code '} as entities; everything else as is. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
