package io.github.migrationtest.core.lock;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link LockTrace} into {@link Category#LOCK} findings. Only relations that existed before the step count:
 * nobody else can see what a step creates until it commits.
 *
 * <table>
 * <caption>Rules</caption>
 * <tr><th>id</th><th>severity</th><th>when</th></tr>
 * <tr><td>{@value #STRONG_LOCK_REWRITE}</td><td>error</td><td>a table was rewritten under a lock that blocks
 * writes (SHARE or stronger)</td></tr>
 * <tr><td>{@value #STRONG_LOCK_INDEX_BUILD}</td><td>error</td><td>an index was built or rebuilt under such a
 * lock</td></tr>
 * <tr><td>{@value #STRONG_LOCK_SCAN}</td><td>error</td><td>a table was scanned under such a lock</td></tr>
 * <tr><td>{@value #STATEMENTS_AFTER_ACCESS_EXCLUSIVE}</td><td>error</td><td>more statements ran in the transaction
 * after ACCESS EXCLUSIVE was taken</td></tr>
 * <tr><td>{@value #NO_LOCK_TIMEOUT}</td><td>warning</td><td>a lock stronger than SHARE UPDATE EXCLUSIVE was taken
 * with no {@code lock_timeout} set by the migration</td></tr>
 * </table>
 *
 * @since 0.1
 */
public final class LockRules {

    /** A pre-existing table rewritten while a lock blocked its writes (or reads). */
    public static final String STRONG_LOCK_REWRITE = "strong-lock-rewrite";
    /** An index built or rebuilt on a pre-existing table while a lock blocked its writes. */
    public static final String STRONG_LOCK_INDEX_BUILD = "strong-lock-index-build";
    /** A pre-existing table scanned (validated) while a lock blocked its writes. */
    public static final String STRONG_LOCK_SCAN = "strong-lock-scan";
    /** Statements run in a transaction after it took ACCESS EXCLUSIVE on a pre-existing table. */
    public static final String STATEMENTS_AFTER_ACCESS_EXCLUSIVE = "statements-after-access-exclusive";
    /** A lock that blocks traffic taken with no lock_timeout set by the migration. */
    public static final String NO_LOCK_TIMEOUT = "no-lock-timeout";

    private static final int SQL_SHOWN = 120;
    private static final Pattern TYPE_CHANGE = Pattern.compile("(?i)\\b(SET\\s+DATA\\s+)?TYPE\\b");

    private LockRules() {
    }

    /** The findings, in the order of the statements. */
    public static List<Finding> findings(LockTrace trace) {
        List<Finding> findings = new ArrayList<>();
        List<StatementTrace> statements = trace.statements();
        for (int i = 0; i < statements.size(); i++) {
            StatementTrace statement = statements.get(i);
            strongLockWork(trace, statement, findings);
            noLockTimeout(trace, statement, findings);
            afterAccessExclusive(trace, i, findings);
        }
        return List.copyOf(findings);
    }

    // A rewrite also scans and rebuilds the indexes, an index build also scans: one finding per table, for the worst.
    private static void strongLockWork(LockTrace trace, StatementTrace statement, List<Finding> findings) {
        Set<String> tables = new LinkedHashSet<>(statement.rewrittenTables());
        tables.addAll(statement.builtIndexes().values());
        tables.addAll(statement.rebuiltIndexes().values());
        statement.scannedTuples().forEach((table, tuples) -> tables.add(table));
        for (String table : tables) {
            Optional<LockMode> mode = statement.strongestOn(table).filter(LockMode::blocksWrites);
            if (mode.isEmpty()) {
                continue;
            }
            String held = held(trace, statement, table, mode.get());
            String under = statement.location() + " `" + shown(statement.sql()) + "` held " + mode.get() + " on "
                    + table + " while it ";
            if (statement.rewrittenTables().contains(table)) {
                findings.add(error(trace, STRONG_LOCK_REWRITE, under + "rewrote the table (new relfilenode)"
                        + scanned(statement, table) + ". " + held + " Instead: " + rewriteAlternative(statement)
                        + " Also flagged by squawk "
                        + "changing-column-type / adding-field-with-default, eugene E5 / E10 / E11, "
                        + "strong_migrations \"changing the type of a column\" / \"adding a column with a volatile "
                        + "default value\"."));
            } else if (hasIndexWork(statement, table)) {
                findings.add(error(trace, STRONG_LOCK_INDEX_BUILD, under + indexWork(statement, table)
                        + scanned(statement, table) + ". " + held + " Instead: CREATE [UNIQUE] INDEX CONCURRENTLY "
                        + "outside a transaction (REINDEX CONCURRENTLY for a rebuild), then, for a constraint, "
                        + "ALTER TABLE ... ADD CONSTRAINT ... UNIQUE / PRIMARY KEY USING INDEX in a later step. Also "
                        + "flagged by squawk require-concurrent-index-creation / disallowed-unique-constraint / "
                        + "require-concurrent-reindex, eugene E6 / E7, strong_migrations \"adding an index "
                        + "non-concurrently\" / \"adding a unique constraint\"."));
            } else {
                findings.add(error(trace, STRONG_LOCK_SCAN, under + "scanned it (" + statement.scannedTuples()
                        .get(table) + " tuples read by sequential scans). " + held + " Instead: add CHECK and "
                        + "FOREIGN KEY constraints NOT VALID, then VALIDATE CONSTRAINT in a later step (SHARE "
                        + "UPDATE EXCLUSIVE); for SET NOT NULL, first add CHECK (column IS NOT NULL) NOT VALID and "
                        + "validate it, so that SET NOT NULL skips the scan (PostgreSQL 12+). Also flagged by "
                        + "squawk constraint-missing-not-valid / adding-foreign-key-constraint / "
                        + "adding-not-nullable-field, eugene E1 / E2, strong_migrations \"adding a check "
                        + "constraint\" / \"adding a foreign key\" / \"setting NOT NULL on an existing column\"."));
            }
        }
    }

    private static void noLockTimeout(LockTrace trace, StatementTrace statement, List<Finding> findings) {
        if (statement.lockTimeoutSet()) {
            return;
        }
        List<RelationLock> strong = statement.locksTaken().stream().filter(lock -> lock.mode().blocksTraffic())
                .toList();
        if (strong.isEmpty()) {
            return;
        }
        findings.add(Finding.of(Category.LOCK, NO_LOCK_TIMEOUT, Severity.WARNING, trace.step().version(),
                statement.location() + " `" + shown(statement.sql()) + "` took " + join(strong) + " with no "
                        + "lock_timeout set by the migration: had it waited behind a long transaction, every "
                        + (strong.stream().anyMatch(lock -> lock.mode().blocksReads()) ? "query" : "write")
                        + " on the table would have queued behind it. Instead: SET lock_timeout = '1s' (or SET "
                        + "LOCAL in the transaction) before it, and retry on SQLSTATE 55P03. Also flagged by squawk "
                        + "require-timeout-settings (require-lock-timeout), eugene E9, strong_migrations "
                        + "lock_timeout / check_lock_timeout."));
    }

    private static void afterAccessExclusive(LockTrace trace, int index, List<Finding> findings) {
        List<StatementTrace> statements = trace.statements();
        StatementTrace statement = statements.get(index);
        List<RelationLock> exclusive = statement.locksTaken().stream()
                .filter(lock -> lock.mode() == LockMode.ACCESS_EXCLUSIVE).toList();
        if (!statement.inTransaction() || exclusive.isEmpty() || heldBefore(statements, index, exclusive)) {
            return;
        }
        List<String> later = statements.subList(index + 1, statements.size()).stream()
                .filter(next -> next.transaction() == statement.transaction())
                .map(next -> next.location() + " `" + shown(next.sql()) + "`").toList();
        if (later.isEmpty()) {
            return;
        }
        findings.add(error(trace, STATEMENTS_AFTER_ACCESS_EXCLUSIVE, statement.location() + " `"
                + shown(statement.sql()) + "` took " + join(exclusive) + ", then " + later.size() + " more "
                + (later.size() == 1 ? "statement" : "statements") + " ran in the same transaction while it "
                + "blocked every read and write: " + String.join(", ", later) + ". The lock was held "
                + millis(statement.lockHeld()) + ", until the transaction ended. Instead: run the statement that "
                + "takes ACCESS EXCLUSIVE last, or alone in its own step (VALIDATE in a later step than ADD ... NOT "
                + "VALID). Also flagged by eugene E4, squawk constraint-missing-not-valid (NOT VALID and VALIDATE "
                + "in one transaction), strong_migrations' writes-blocked check before validating."));
    }

    // one finding per transaction: only for the first statement that took ACCESS EXCLUSIVE on these relations
    private static boolean heldBefore(List<StatementTrace> statements, int index, List<RelationLock> exclusive) {
        int transaction = statements.get(index).transaction();
        return statements.subList(0, index).stream().filter(s -> s.transaction() == transaction)
                .anyMatch(s -> s.locksHeld().stream().anyMatch(l -> l.mode() == LockMode.ACCESS_EXCLUSIVE));
    }

    // from the first statement of the transaction that held this mode on the table, until the transaction ended
    private static String held(LockTrace trace, StatementTrace statement, String table, LockMode mode) {
        StatementTrace first = statement;
        if (statement.inTransaction()) {
            first = trace.statements().stream()
                    .filter(s -> s.transaction() == statement.transaction())
                    .filter(s -> s.strongestOn(table).filter(m -> m.compareTo(mode) >= 0).isPresent())
                    .findFirst().orElse(statement);
        }
        String blocked = mode.blocksReads() ? "reads and writes" : "writes";
        return "The lock blocked " + blocked + " of " + table + " for " + millis(first.lockHeld())
                + (statement.inTransaction() ? ", from " + first.location() + " until the transaction ended"
                        : ", while the statement ran") + ", and the work grows with the table.";
    }

    private static String rewriteAlternative(StatementTrace statement) {
        if (TYPE_CHANGE.matcher(statement.sql()).find()) {
            return "add a new column of the new type, write both with a trigger, backfill in batches, then switch "
                    + "readers and drop the old column (or keep a binary-compatible change: varchar(n) to a longer "
                    + "varchar or text).";
        }
        return "add the column without a default (or with a constant one), SET DEFAULT afterwards, and backfill "
                + "existing rows in batches.";
    }

    private static boolean hasIndexWork(StatementTrace statement, String table) {
        return statement.builtIndexes().containsValue(table) || statement.rebuiltIndexes().containsValue(table);
    }

    private static String indexWork(StatementTrace statement, String table) {
        List<String> parts = new ArrayList<>();
        List<String> built = statement.builtIndexes().entrySet().stream().filter(e -> e.getValue().equals(table))
                .map(java.util.Map.Entry::getKey).toList();
        List<String> rebuilt = statement.rebuiltIndexes().entrySet().stream()
                .filter(e -> e.getValue().equals(table)).map(java.util.Map.Entry::getKey).toList();
        if (!built.isEmpty()) {
            parts.add("built index " + String.join(", ", built));
        }
        if (!rebuilt.isEmpty()) {
            parts.add("rebuilt index " + String.join(", ", rebuilt));
        }
        return String.join(" and ", parts);
    }

    private static String scanned(StatementTrace statement, String table) {
        Long tuples = statement.scannedTuples().get(table);
        return tuples == null ? "" : ", reading " + tuples + " tuples in sequential scans";
    }

    private static Finding error(LockTrace trace, String rule, String message) {
        return Finding.of(Category.LOCK, rule, Severity.ERROR, trace.step().version(), message
                + " (PostgreSQL " + trace.serverMajor() + ")");
    }

    private static String join(List<RelationLock> locks) {
        return String.join(", ", locks.stream().map(RelationLock::toString).toList());
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static String shown(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= SQL_SHOWN ? line : line.substring(0, SQL_SHOWN - 3) + "...";
    }
}
