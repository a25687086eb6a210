package io.github.migrationtest.assertions.error;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Verdict;
import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.lock.LockTable;
import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.traffic.TrafficReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A step's up locked, rewrote, scanned or blocked more than expected. The message names what was at fault, then
 * shows the step's lock table, the one the report shows, so the whole up can be read in one place.
 *
 * @since 0.1
 */
public class ShouldRespectLocks extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting step %s to %s,%nbut %s:%n%s";

    private ShouldRespectLocks(String step, String property, String outcome, List<String> details,
            Optional<LockTrace> trace) {
        super(TEMPLATE, unquotedString(step), unquotedString(property), unquotedString(outcome),
                unquotedString(Lines.indent(details) + trace.map(ShouldRespectLocks::table).orElse("")));
    }

    /**
     * The message for a {@code lock-safe} check that failed or could not run: its failing findings.
     *
     * @param step the step's label, {@code 0002 create_index}
     * @param check the check's result
     * @param trace the step's trace, if the up was traced
     */
    public static ErrorMessageFactory shouldBeLockSafe(String step, CheckResult check, Optional<LockTrace> trace) {
        if (check.verdict() == Verdict.SKIPPED) {
            return new ShouldRespectLocks(step, "be lock-safe", "the lock-safe check could not run",
                    List.of(check.skipReason().orElse("")), trace);
        }
        List<Finding> failing = check.findings().stream().filter(Finding::fails).toList();
        return new ShouldRespectLocks(step, "be lock-safe", "the lock-safe check failed with "
                + Lines.count(failing.size(), "finding"), failing.stream()
                .map(f -> "[" + f.category() + "/" + f.rule() + "] " + f.message()).flatMap(String::lines).toList(),
                trace);
    }

    /**
     * The message for a step whose result has no lock trace: lock safety was turned off.
     *
     * @param property what was expected, {@code rewrite no table}
     */
    public static ErrorMessageFactory shouldHaveLockTrace(String step, String property) {
        return new ShouldRespectLocks(step, property, "its up was not traced",
                List.of("turn lock safety on (VerificationOptions.withLockSafety(true), the default)"),
                Optional.empty());
    }

    /**
     * The message for locks stronger than allowed.
     *
     * @param mode the strongest mode allowed
     * @param table the table the bound was about, if only one
     * @param stronger the rows of the locks above the bound
     */
    public static ErrorMessageFactory shouldTakeNoLockStrongerThan(String step, LockMode mode, Optional<String> table,
            List<LockTable.Row> stronger, LockTrace trace) {
        return new ShouldRespectLocks(step, "take no lock stronger than " + mode + table.map(t -> " on " + t)
                .orElse(""), "it took " + Lines.count(stronger.size(), "stronger lock"),
                stronger.stream().map(row -> row.statement() + " " + row.mode() + " on " + row.relation()).toList(),
                Optional.of(trace));
    }

    /**
     * The message for tables rewritten.
     *
     * @param rewrites {@code 0006_int_to_bigint.up.sql:2 t}, one per statement and table
     */
    public static ErrorMessageFactory shouldRewriteNoTable(String step, List<String> rewrites, LockTrace trace) {
        return new ShouldRespectLocks(step, "rewrite no table", "it rewrote " + Lines.count(rewrites.size(), "table"),
                rewrites, Optional.of(trace));
    }

    /**
     * The message for tables scanned while a lock blocked their writes.
     *
     * @param scans {@code 0008_set_not_null.up.sql:2 t: 2000 tuples under ACCESS EXCLUSIVE}
     */
    public static ErrorMessageFactory shouldScanNoTableUnderStrongLock(String step, List<String> scans,
            LockTrace trace) {
        return new ShouldRespectLocks(step, "scan no table under a lock that blocks writes (SHARE or stronger)",
                "it scanned " + Lines.count(scans.size(), "table") + " so", scans, Optional.of(trace));
    }

    /**
     * The message for traffic blocked longer than allowed: each table's longest read and write.
     *
     * @param bound the longest block allowed
     * @param traffic what the traffic saw
     * @param trace the step's trace
     */
    public static ErrorMessageFactory shouldBlockTrafficForAtMost(String step, Duration bound, TrafficReport traffic,
            Optional<LockTrace> trace) {
        List<String> tables = new ArrayList<>();
        traffic.tables().forEach((name, table) -> tables.add(name + ": longest read " + millis(table.longestRead())
                + ", longest write " + millis(table.longestWrite()) + ", " + Lines.count((int) table.timeouts(),
                "timeout")));
        return new ShouldRespectLocks(step, "block traffic for at most " + millis(bound), "a query waited "
                + millis(traffic.longestBlock()), tables, trace);
    }

    /** The trace as the report's lock table, after the details. */
    private static String table(LockTrace trace) {
        List<String> lines = LockTable.text(trace);
        String newLine = System.lineSeparator();
        return lines.isEmpty() ? newLine + "It took no lock on an existing relation."
                : newLine + "Locks taken on existing relations:" + newLine + Lines.indent(lines);
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
