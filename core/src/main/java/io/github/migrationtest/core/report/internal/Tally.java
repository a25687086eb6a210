package io.github.migrationtest.core.report.internal;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.Verdict;
import io.github.migrationtest.core.check.VerificationReport;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts every format summarises: checks by verdict, findings by category and severity, steps by worst verdict.
 *
 * @param checksByVerdict every verdict, in enum order, with how many checks got it
 * @param findingsByCategory every category, in enum order
 * @param findingsBySeverity every severity, in enum order
 * @param findings all findings
 * @param acceptedFindings findings accepted with a reason
 * @param steps how many steps
 * @param failedSteps steps with a failed check
 * @param warnedSteps steps with a warned check and no failed one
 */
public record Tally(Map<Verdict, Integer> checksByVerdict, Map<Category, Integer> findingsByCategory,
        Map<Severity, Integer> findingsBySeverity, int findings, int acceptedFindings, int steps, int failedSteps,
        int warnedSteps) {

    /** Counts the report. */
    public static Tally of(VerificationReport report) {
        Map<Verdict, Integer> verdicts = zeros(Verdict.class);
        Map<Category, Integer> categories = zeros(Category.class);
        Map<Severity, Integer> severities = zeros(Severity.class);
        int accepted = 0;
        int failed = 0;
        int warned = 0;
        for (StepResult step : report.steps()) {
            step.checks().forEach(check -> verdicts.merge(check.verdict(), 1, Integer::sum));
            for (Finding finding : step.findings()) {
                categories.merge(finding.category(), 1, Integer::sum);
                severities.merge(finding.severity(), 1, Integer::sum);
                accepted += finding.isAccepted() ? 1 : 0;
            }
            Verdict worst = Verdicts.worst(step);
            failed += worst == Verdict.FAILED ? 1 : 0;
            warned += worst == Verdict.WARNED ? 1 : 0;
        }
        return new Tally(verdicts, categories, severities, report.findings().size(), accepted, report.steps().size(),
                failed, warned);
    }

    /** The check names of the report in the order they first appear: the columns of the summary tables. */
    public static List<String> checkNames(VerificationReport report) {
        Set<String> names = new LinkedHashSet<>();
        report.steps().forEach(step -> step.checks().stream().map(CheckResult::check).forEach(names::add));
        return List.copyOf(names);
    }

    /** {@code 15 steps, 12 failed, 1 warned; 1 accepted}: steps by worst verdict, then accepted findings. */
    public String line() {
        return steps + (steps == 1 ? " step, " : " steps, ") + failedSteps + " failed, " + warnedSteps + " warned; "
                + acceptedFindings + " accepted";
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            map.put(constant, 0);
        }
        return map;
    }
}
