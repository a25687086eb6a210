package io.github.migrationtest.core.check;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One check on one step: its verdict and findings.
 *
 * @param check the check's name: {@code applies}, {@code reversible}, {@code keeps-data}, {@code idempotent},
 *     {@code lock-safe}, {@code tenant-isolated}, {@code compatible}
 * @param verdict the outcome
 * @param findings what it found, in order
 * @param skipReason why it did not run, when {@link Verdict#SKIPPED}
 * @param duration how long it took, the migration commands included
 * @since 0.1
 */
public record CheckResult(String check, Verdict verdict, List<Finding> findings, Optional<String> skipReason,
        Duration duration) {

    /** The check that the up applies. */
    public static final String APPLIES = "applies";
    /** The check that up then down restores the schema, and up again works. */
    public static final String REVERSIBLE = "reversible";
    /** The check that up then down keeps the rows. */
    public static final String KEEPS_DATA = "keeps-data";
    /** The check that a second up changes nothing. */
    public static final String IDEMPOTENT = "idempotent";
    /** The check that the up holds no strong lock while rewriting, scanning or building. */
    public static final String LOCK_SAFE = "lock-safe";
    /** The check that no tenant's rows reach another tenant, after the up and after the down. */
    public static final String TENANT_ISOLATED = "tenant-isolated";
    /** The check that the earlier application versions' queries still work after the step. */
    public static final String COMPATIBLE = "compatible";

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        Objects.requireNonNull(skipReason, "skipReason");
        Objects.requireNonNull(duration, "duration");
    }

    /** A check that ran: the verdict follows from the findings. */
    public static CheckResult of(String check, List<Finding> findings, Duration duration) {
        return new CheckResult(check, verdictOf(findings), findings, Optional.empty(), duration);
    }

    /** A check that did not run. */
    public static CheckResult skipped(String check, String reason) {
        return new CheckResult(check, Verdict.SKIPPED, List.of(), Optional.of(reason), Duration.ZERO);
    }

    private static Verdict verdictOf(List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::fails)) {
            return Verdict.FAILED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING && !f.isAccepted())) {
            return Verdict.WARNED;
        }
        return findings.stream().anyMatch(Finding::isAccepted) ? Verdict.ACCEPTED : Verdict.PASSED;
    }

    /** Whether the check failed. */
    public boolean failed() {
        return verdict == Verdict.FAILED;
    }

    /** The findings' messages, or the skip reason: what a failing test shows. */
    public String describe() {
        if (verdict == Verdict.SKIPPED) {
            return check + " skipped: " + skipReason.orElse("");
        }
        if (findings.isEmpty()) {
            return check + " " + verdict;
        }
        StringBuilder text = new StringBuilder(check).append(' ').append(verdict).append(':');
        findings.forEach(finding -> text.append("\n").append(finding));
        return text.toString();
    }
}
