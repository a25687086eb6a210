package io.github.migrationtest.core.check;

import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.traffic.TrafficReport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every check of one step, with how long each phase took.
 *
 * @param step the step
 * @param checks the checks, in the order they ran
 * @param timings phase → duration: {@code up}, {@code down}, {@code up again}, {@code rerun}, {@code snapshots},
 *     {@code data}
 * @param lockTrace what the step's first up locked, rewrote, scanned and built, statement by statement, when the
 *     {@code lock-safe} check ran
 * @param traffic how long background queries were blocked while the up ran, when traffic was simulated
 * @since 0.1
 */
public record StepResult(MigrationStep step, List<CheckResult> checks, Map<String, Duration> timings,
        Optional<LockTrace> lockTrace, Optional<TrafficReport> traffic) {

    public StepResult {
        Objects.requireNonNull(step, "step");
        checks = List.copyOf(checks);
        timings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
        Objects.requireNonNull(lockTrace, "lockTrace");
        Objects.requireNonNull(traffic, "traffic");
    }

    /** A result without a lock trace or traffic. */
    public StepResult(MigrationStep step, List<CheckResult> checks, Map<String, Duration> timings) {
        this(step, checks, timings, Optional.empty(), Optional.empty());
    }

    /** A check's result, if it ran or was skipped. */
    public Optional<CheckResult> check(String name) {
        return checks.stream().filter(check -> check.check().equals(name)).findFirst();
    }

    /** Every finding of every check. */
    public List<Finding> findings() {
        return checks.stream().flatMap(check -> check.findings().stream()).toList();
    }

    /** Whether a check failed. */
    public boolean failed() {
        return checks.stream().anyMatch(CheckResult::failed);
    }

    /** The total of the timings. */
    public Duration duration() {
        return timings.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
