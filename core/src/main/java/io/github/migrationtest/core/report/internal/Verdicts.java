package io.github.migrationtest.core.report.internal;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.Verdict;
import java.util.List;

/** Verdict symbols and the worst verdict of a step, shared by every format so they agree. */
public final class Verdicts {

    /** Worst first: a step shows the first of these that one of its checks has. */
    private static final List<Verdict> SEVERITY_ORDER =
            List.of(Verdict.FAILED, Verdict.WARNED, Verdict.ACCEPTED, Verdict.PASSED, Verdict.SKIPPED);

    private Verdicts() {
    }

    /** ✓ passed, ✗ failed, ! warned, ~ accepted, - skipped. */
    public static String symbol(Verdict verdict) {
        return switch (verdict) {
            case PASSED -> "✓";
            case FAILED -> "✗";
            case WARNED -> "!";
            case ACCEPTED -> "~";
            case SKIPPED -> "-";
        };
    }

    /** The worst verdict of the step's checks; {@code skipped} for a step without checks. */
    public static Verdict worst(StepResult step) {
        return step.checks().stream().map(CheckResult::verdict)
                .min((a, b) -> Integer.compare(SEVERITY_ORDER.indexOf(a), SEVERITY_ORDER.indexOf(b)))
                .orElse(Verdict.SKIPPED);
    }
}
