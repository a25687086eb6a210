package io.github.migrationtest.core.data.internal;

import java.math.BigDecimal;

/**
 * Numbers: small positive first, then larger, negative, zero-based and very large, so that common checks such as
 * {@code > 0}, {@code > 1000}, {@code < 0} or {@code >= 0} each find a value set they accept.
 */
final class Numbers implements ValueSource {

    private static final long[][] SHAPES = {{1, 1}, {10_000, 1}, {-1, -1}, {0, 1}, {100, 1}, {1_000_000, 1}};

    private final BigDecimal max;
    private final int scale;

    /**
     * @param max the largest absolute value the type holds, or {@code null} when unbounded
     * @param scale the digits after the point a {@code numeric(p,s)} keeps; values are whole numbers otherwise
     */
    Numbers(BigDecimal max, int scale) {
        this.max = max;
        this.scale = Math.max(scale, 0);
    }

    static Numbers integer(long max) {
        return new Numbers(BigDecimal.valueOf(max), 0);
    }

    /** {@code numeric(precision, scale)}; precision -1 means unconstrained. */
    static Numbers numeric(int precision, int scale) {
        if (precision < 0) {
            return new Numbers(null, 0);
        }
        int s = Math.max(scale, 0);
        return new Numbers(BigDecimal.ONE.movePointRight(precision).subtract(BigDecimal.ONE).movePointLeft(s), s);
    }

    @Override
    public int variants() {
        return SHAPES.length;
    }

    @Override
    public String value(int row, int variant) {
        long[] shape = SHAPES[variant];
        BigDecimal value = BigDecimal.valueOf(shape[0] + shape[1] * (long) row);
        if (max != null && value.abs().compareTo(max) > 0) {
            // Too large for the type: count down from its largest value instead, still distinct per row.
            BigDecimal step = BigDecimal.ONE.movePointLeft(max.compareTo(BigDecimal.ONE) < 0 ? scale : 0);
            BigDecimal fitted = max.subtract(step.multiply(BigDecimal.valueOf(row)));
            value = value.signum() < 0 ? fitted.negate() : fitted;
        }
        return value.toPlainString();
    }
}
