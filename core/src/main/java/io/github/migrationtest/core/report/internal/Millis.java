package io.github.migrationtest.core.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Durations as milliseconds: exact to the microsecond in JSON, whole in text. */
public final class Millis {

    private Millis() {
    }

    /** Milliseconds with up to three decimals, trailing zeros dropped: {@code 41.23}, {@code 0}. */
    public static BigDecimal exact(Duration duration) {
        BigDecimal millis = BigDecimal.valueOf(duration.toNanos()).movePointLeft(6).setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        // stripTrailingZeros turns 1000 into 1E+3; a scale of 0 keeps the digits plain.
        return millis.scale() < 0 ? millis.setScale(0) : millis;
    }

    /** {@code 41 ms}, rounded to the nearest millisecond. */
    public static String text(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos()).movePointLeft(6).setScale(0, RoundingMode.HALF_UP)
                .toPlainString() + " ms";
    }
}
