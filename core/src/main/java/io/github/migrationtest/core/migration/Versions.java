package io.github.migrationtest.core.migration;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders versions naturally: numeric parts as numbers, so {@code 2 < 10}, {@code 1.9 < 1.10} and {@code 0003 = 3}.
 *
 * @since 0.1
 */
public final class Versions {

    /** Natural version order. */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    /**
     * Compares two versions part by part; parts are separated by {@code .}, {@code _} or {@code -}.
     *
     * @return negative, zero or positive, as {@link Comparator#compare}
     */
    public static int compare(String a, String b) {
        String[] left = a.split("[._-]");
        String[] right = b.split("[._-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int result = isNumber(l) && isNumber(r) ? new BigInteger(l).compareTo(new BigInteger(r)) : l.compareTo(r);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    /** Whether two spellings name the same version ({@code 0003} and {@code 3}, {@code 1_1} and {@code 1.1}). */
    public static boolean same(String a, String b) {
        return compare(a, b) == 0;
    }

    private static boolean isNumber(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
    }
}
