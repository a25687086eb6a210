package io.github.migrationtest.core.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The battery's result for a whole history: what the reports are written from.
 *
 * @param suite the suite's name, such as the test class
 * @param source the history, {@code Flyway classpath:db/migration}
 * @param postgres the server's version, {@code 17.6}
 * @param started when the battery started
 * @param duration how long it took
 * @param steps one result per step, in order
 * @param unfillableTables tables the row synthesis could not fill, with the reason
 * @since 0.1
 */
public record VerificationReport(String suite, String source, String postgres, Instant started, Duration duration,
        List<StepResult> steps, Map<String, String> unfillableTables) {

    public VerificationReport {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(postgres, "postgres");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        steps = List.copyOf(steps);
        unfillableTables = Collections.unmodifiableMap(new LinkedHashMap<>(unfillableTables));
    }

    /** Every finding, step by step. */
    public List<Finding> findings() {
        return steps.stream().flatMap(step -> step.findings().stream()).toList();
    }

    /** Whether any check of any step failed. */
    public boolean failed() {
        return steps.stream().anyMatch(StepResult::failed);
    }
}
