package io.github.migrationtest.core.report;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationListener;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.report.internal.Millis;
import io.github.migrationtest.core.report.internal.Tally;
import io.github.migrationtest.core.report.internal.Verdicts;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * Prints the battery's progress, one line per step, and a summary table at the end. Verdicts show as
 * {@code ✓} passed, {@code ✗} failed, {@code !} warned, {@code ~} accepted, {@code -} skipped:
 * <pre>
 * [migrationtest]  3/15 0003 widen_name  applies ✓ reversible ✗ keeps-data ✓  (41 ms)
 * </pre>
 *
 * @since 0.1
 */
public final class ConsoleProgress implements VerificationListener {

    private static final String PREFIX = "[migrationtest] ";

    private final PrintStream out;

    /**
     * Progress printed to a stream.
     *
     * @param out where the lines go, such as {@code System.out}
     * @since 0.1
     */
    public ConsoleProgress(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Prints the step's line: its position, label, each check with its verdict symbol, and the time it took.
     *
     * @since 0.1
     */
    @Override
    public void stepFinished(StepResult result, int index, int total) {
        int width = String.valueOf(total).length();
        StringBuilder line = new StringBuilder(PREFIX).append(pad(String.valueOf(index), width, true)).append('/')
                .append(total).append(' ').append(result.step().label()).append(' ');
        for (CheckResult check : result.checks()) {
            line.append(' ').append(check.check()).append(' ').append(Verdicts.symbol(check.verdict()));
        }
        out.println(line.append("  (").append(Millis.text(result.duration())).append(')'));
    }

    /**
     * Prints a table with a row per step and a column per check, holding verdict symbols, then the totals:
     * {@code 15 steps, 12 failed, 1 warned; 1 accepted} (steps by their worst verdict, then accepted findings).
     *
     * @param report the battery's report
     * @since 0.1
     */
    public void summary(VerificationReport report) {
        List<String> checks = Tally.checkNames(report);
        int stepWidth = Math.max(4, report.steps().stream().mapToInt(s -> s.step().version().length()).max()
                .orElse(0));
        StringBuilder header = new StringBuilder(PREFIX).append(pad("step", stepWidth, false));
        checks.forEach(check -> header.append("  ").append(check));
        out.println(header.append("  time"));
        for (StepResult step : report.steps()) {
            StringBuilder row = new StringBuilder(PREFIX).append(pad(step.step().version(), stepWidth, false));
            for (String name : checks) {
                String symbol = step.check(name).map(check -> Verdicts.symbol(check.verdict())).orElse(" ");
                // Centre-ish: the symbol under the start of the check's name, padded to the name's width.
                row.append("  ").append(pad(symbol, name.length(), false));
            }
            out.println(row.append("  ").append(Millis.text(step.duration())));
        }
        out.println(PREFIX + Tally.of(report).line());
    }

    private static String pad(String text, int width, boolean left) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return left ? spaces + text : text + spaces;
    }
}
