package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldHaveNoFindings.shouldHaveNoFindings;
import static io.github.migrationtest.assertions.error.ShouldPassCheck.shouldHaveCheck;
import static io.github.migrationtest.assertions.error.ShouldPassCheck.shouldPassCheck;
import static io.github.migrationtest.assertions.error.ShouldRespectLocks.shouldBeLockSafe;
import static io.github.migrationtest.assertions.error.ShouldRespectLocks.shouldBlockTrafficForAtMost;
import static io.github.migrationtest.assertions.error.ShouldRespectLocks.shouldHaveLockTrace;
import static io.github.migrationtest.assertions.error.ShouldRespectLocks.shouldRewriteNoTable;
import static io.github.migrationtest.assertions.error.ShouldRespectLocks.shouldScanNoTableUnderStrongLock;
import static io.github.migrationtest.assertions.error.ShouldRespectLocks.shouldTakeNoLockStrongerThan;

import static io.github.migrationtest.assertions.error.ShouldHaveNoFindings.shouldHaveNoFindings;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.StepUnderTest;
import io.github.migrationtest.core.check.Verdict;
import io.github.migrationtest.core.compat.CorpusBaseline;
import io.github.migrationtest.core.compat.CorpusReplayer;
import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.compat.ReplayOptions;
import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.lock.LockRules;
import io.github.migrationtest.core.lock.LockTable;
import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.lock.StatementTrace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one migration step's checks. The checks run on first use, once per step (each on a database of its
 * own); a check passes unless it found an error nobody accepted, so warnings and accepted findings pass. The lock
 * assertions read the trace of the step's first up (lock safety is on by default) and show the step's lock table
 * when they fail.
 *
 * <pre>{@code
 * @MigrationSteps
 * void everyStep(StepUnderTest step) {
 *     assertThat(step).applies().isReversible().preservesData()
 *             .isLockSafe().takesNoLockStrongerThan(LockMode.SHARE_UPDATE_EXCLUSIVE, "public.orders");
 * }
 * }</pre>
 *
 * @since 0.1
 */
public class StepAssert extends AbstractAssert<StepAssert, StepUnderTest> {

    public StepAssert(StepUnderTest actual) {
        super(actual, StepAssert.class);
    }

    /**
     * Verifies that the up runs cleanly from the previous version.
     *
     * @return this assertion object
     */
    public StepAssert applies() {
        return passes(CheckResult.APPLIES, "apply", actual::result);
    }

    /**
     * Verifies that up then down returns the schema from before the up, and that up again works and gives the same
     * schema as the first up. The failure message shows the schema diff, with each object's path.
     *
     * <p>Assertion succeeds on a step whose down drops what its up creates. Fails on one whose down forgets a
     * function: {@code - function public.account_count()} in the diff.
     *
     * @return this assertion object
     */
    public StepAssert isReversible() {
        return passes(CheckResult.REVERSIBLE, "be reversible", actual::result);
    }

    /**
     * Verifies that rows present before the up are present and unchanged after up then down, table by table; the
     * failure message names the table and shows sample differing rows.
     *
     * @return this assertion object
     */
    public StepAssert preservesData() {
        return passes(CheckResult.KEEPS_DATA, "preserve data", actual::result);
    }

    /**
     * Verifies that running the up a second time on the migrated database raises no error and changes neither
     * schema nor data. Runs the check even where the suite does not ask for it.
     *
     * @return this assertion object
     */
    public StepAssert isIdempotent() {
        return passes(CheckResult.IDEMPOTENT, "be idempotent", actual::resultWithIdempotency);
    }

    /**
     * Verifies that the {@code lock-safe} check passed: the up held no lock that blocks writes while it rewrote,
     * scanned or indexed a pre-existing table, ran nothing after taking ACCESS EXCLUSIVE, and so on (see
     * {@link LockRules}). Errors fail; warnings, such as {@code no-lock-timeout}, and accepted findings pass. The
     * failure message lists the failing findings, then the step's lock table.
     *
     * @return this assertion object
     * @since 0.1
     */
    public StepAssert isLockSafe() {
        isNotNull();
        StepResult result = actual.result();
        Optional<CheckResult> found = result.check(CheckResult.LOCK_SAFE);
        String step = actual.step().label();
        if (found.isEmpty()) {
            throwAssertionError(shouldHaveLockTrace(step, "be lock-safe"));
        } else if (found.get().failed() || found.get().verdict() == Verdict.SKIPPED) {
            throwAssertionError(shouldBeLockSafe(step, found.get(), result.lockTrace()));
        }
        return myself;
    }

    /**
     * Verifies that no statement of the up took a lock stronger than {@code mode} on any relation that existed
     * before the step (what the step creates is invisible to others until it commits).
     *
     * <p>Assertion succeeds with {@code SHARE_UPDATE_EXCLUSIVE} on a {@code CREATE INDEX CONCURRENTLY}; fails on a
     * plain {@code CREATE INDEX}, which takes SHARE.
     *
     * @param mode the strongest mode allowed
     * @return this assertion object
     * @since 0.1
     */
    public StepAssert takesNoLockStrongerThan(LockMode mode) {
        return noLockStrongerThan(mode, Optional.empty());
    }

    /**
     * Verifies that no statement of the up took a lock stronger than {@code mode} on the table or any of its
     * indexes; locks on other relations are not looked at.
     *
     * @param mode the strongest mode allowed
     * @param table the table, {@code public.t} or {@code t} (unqualified means {@code public}), {@code app.orders}
     * @return this assertion object
     * @since 0.1
     */
    public StepAssert takesNoLockStrongerThan(LockMode mode, String table) {
        return noLockStrongerThan(mode, Optional.of(Objects.requireNonNull(table, "table")));
    }

    /**
     * Verifies that the up gave no pre-existing table a new data file: no {@code ALTER COLUMN ... TYPE} that
     * rewrites, no volatile default, no {@code VACUUM FULL}.
     *
     * @return this assertion object
     * @since 0.1
     */
    public StepAssert rewritesNoTable() {
        LockTrace trace = trace("rewrite no table");
        List<String> rewrites = new ArrayList<>();
        for (StatementTrace statement : trace.statements()) {
            new TreeSet<>(statement.rewrittenTables()).forEach(table -> rewrites.add(statement.location() + " "
                    + table + statement.strongestOn(table).map(mode -> " under " + mode).orElse("")));
        }
        if (!rewrites.isEmpty()) {
            throwAssertionError(shouldRewriteNoTable(actual.step().label(), rewrites, trace));
        }
        return myself;
    }

    /**
     * Verifies that the up read no pre-existing table with sequential scans while holding SHARE or stronger on it
     * (a lock that blocks its writes): the scans of {@code SET NOT NULL}, a validated {@code CHECK} or foreign key,
     * an index build. Scans outside a transaction cannot be counted and are not seen.
     *
     * @return this assertion object
     * @since 0.1
     */
    public StepAssert scansNoTableUnderStrongLock() {
        LockTrace trace = trace("scan no table under a lock that blocks writes (SHARE or stronger)");
        List<String> scans = new ArrayList<>();
        for (StatementTrace statement : trace.statements()) {
            new TreeMap<>(statement.scannedTuples()).forEach((table, tuples) -> statement.strongestOn(table)
                    .filter(LockMode::blocksWrites).ifPresent(mode -> scans.add(statement.location() + " " + table
                            + ": " + tuples + " tuples under " + mode)));
        }
        if (!scans.isEmpty()) {
            throwAssertionError(shouldScanNoTableUnderStrongLock(actual.step().label(), scans, trace));
        }
        return myself;
    }

    /**
     * Verifies that, with background reads and writes running on every pre-existing table while the up ran, no
     * query took longer than {@code bound}: a query blocked by a lock waits for it. Runs the step's checks again
     * with traffic when the suite did not ask for it ({@link StepUnderTest#resultWithTraffic()}); a step that finds
     * no table has no traffic to block and passes. The failure message lists each table's longest read and write.
     *
     * @param bound the longest a query may take
     * @return this assertion object
     * @since 0.1
     */
    public StepAssert blocksTrafficForAtMost(Duration bound) {
        Objects.requireNonNull(bound, "bound");
        isNotNull();
        StepResult result = actual.resultWithTraffic();
        result.traffic().filter(traffic -> traffic.longestBlock().compareTo(bound) > 0).ifPresent(traffic ->
                throwAssertionError(shouldBlockTrafficForAtMost(actual.step().label(), bound, traffic,
                        result.lockTrace())));
        return myself;
    }

    private StepAssert noLockStrongerThan(LockMode mode, Optional<String> table) {
        Objects.requireNonNull(mode, "mode");
        Optional<String> traced = table.map(StepAssert::traced);
        LockTrace trace = trace("take no lock stronger than " + mode + table.map(t -> " on " + t).orElse(""));
        List<LockTable.Row> stronger = LockTable.rows(trace).stream().filter(row -> row.mode().compareTo(mode) > 0)
                .filter(row -> traced.isEmpty() || traced.get().equals(row.table())).toList();
        if (!stronger.isEmpty()) {
            throwAssertionError(shouldTakeNoLockStrongerThan(actual.step().label(), mode, table, stronger, trace));
        }
        return myself;
    }

    /** The trace's name of a table: unqualified in {@code public}. */
    private static String traced(String table) {
        return table.startsWith("public.") ? table.substring("public.".length()) : table;
    }

    private LockTrace trace(String property) {
        isNotNull();
        Optional<LockTrace> trace = actual.result().lockTrace();
        if (trace.isEmpty()) {
            throwAssertionError(shouldHaveLockTrace(actual.step().label(), property));
        }
        return trace.orElseThrow();
    }

    /**
     * Verifies that the queries of an earlier application version still work after the step: each is prepared with
     * its types, its result shape compared with the one it had on the database before the step, and executed in a
     * rolled-back transaction (as the suite's application role, if one is set). The message names each query that
     * broke, its SQLState and why.
     *
     * <p>Assertion succeeds on a step that adds a nullable column. Fails on one that renames a column the corpus
     * reads: {@code Query find_user (v4.sql:4, version 0004) fails to prepare after 0005: ... renamed to full_name}.
     *
     * @param corpus the earlier version's queries
     * @return this assertion object
     */
    public StepAssert keepsWorking(QueryCorpus corpus) {
        isNotNull();
        Optional<String> role = actual.options().compat().applicationRole();
        CorpusBaseline baseline = CorpusBaseline.capture(actual.before(), corpus, role);
        ReplayOptions replay = ReplayOptions.forStep(actual.version());
        replay = role.map(replay::asRole).orElse(replay);
        List<Finding> findings = CorpusReplayer.replay(actual.after(), baseline, replay);
        if (!findings.isEmpty()) {
            throwAssertionError(shouldHaveNoFindings("step " + actual.step().label(),
                    "keep the queries of version " + corpus.version() + " working", findings));
        }
        return myself;
    }

    private StepAssert passes(String check, String property, Supplier<StepResult> results) {
        isNotNull();
        StepResult result = results.get();
        Optional<CheckResult> found = result.check(check);
        String step = actual.step().label();
        if (found.isEmpty()) {
            throwAssertionError(shouldHaveCheck(step, property, check));
        } else if (found.get().failed() || found.get().verdict() == Verdict.SKIPPED) {
            throwAssertionError(shouldPassCheck(step, property, found.get()));
        }
        return myself;
    }
}
