package io.github.migrationtest.core.data.internal;

import java.util.Locale;

/**
 * Strings in the shapes checks often ask for: a plain label, lowercase letters only, an e-mail address, uppercase
 * letters only, digits only, a URL, a sentence and a capitalised word. Each keeps a per-row part at its end, so that
 * cutting a value to {@code varchar(n)} keeps rows distinct.
 */
final class Texts implements ValueSource {

    private final String label;
    private final int length;

    /**
     * @param label the column name, used in the plain variant
     * @param length the maximum length, or -1 when unbounded
     */
    Texts(String label, int length) {
        this.label = label;
        this.length = length;
    }

    @Override
    public int variants() {
        return 8;
    }

    @Override
    public String value(int row, int variant) {
        return switch (variant) {
            case 0 -> fit(label + "-", String.valueOf(row));
            case 1 -> fit("value", letters(row));
            case 2 -> fit("user" + row, "@example.com");
            case 3 -> fit("VALUE", letters(row).toUpperCase(Locale.ROOT));
            case 4 -> fit("", String.valueOf(1000 + row));
            case 5 -> fit("https://example.com/", String.valueOf(row));
            case 6 -> fit("Sample text for testing, number ", String.valueOf(row));
            default -> fit("Value", letters(row));
        };
    }

    /** The row as lowercase letters: a, b, ..., z, ba, bb, ... */
    static String letters(int row) {
        StringBuilder letters = new StringBuilder();
        int n = row;
        do {
            letters.insert(0, (char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return letters.toString();
    }

    private String fit(String prefix, String suffix) {
        if (length < 0 || prefix.length() + suffix.length() <= length) {
            return prefix + suffix;
        }
        if (suffix.length() >= length) {
            return suffix.substring(suffix.length() - length);
        }
        return prefix.substring(0, length - suffix.length()) + suffix;
    }
}
