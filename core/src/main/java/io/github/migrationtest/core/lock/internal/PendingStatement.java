package io.github.migrationtest.core.lock.internal;

import io.github.migrationtest.core.lock.BlockingProbe;
import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.lock.RelationLock;
import io.github.migrationtest.core.lock.StatementTrace;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A traced statement whose lock-held time is known only when its transaction ends. */
final class PendingStatement {

    private final String sql;
    private final String location;
    private final int transaction;
    private final long startNanos;
    private final long durationNanos;
    private long heldNanos;
    private List<RelationLock> taken = List.of();
    private List<RelationLock> held = List.of();
    private final Set<String> rewritten = new LinkedHashSet<>();
    private final Map<String, String> rebuilt = new TreeMap<>();
    private final Map<String, String> built = new TreeMap<>();
    private final Map<String, Long> scanned = new TreeMap<>();
    private boolean scansKnown;
    private final Map<String, BlockingProbe> probed = new TreeMap<>();
    private final boolean timeoutSet;

    PendingStatement(String sql, String location, int transaction, long startNanos, long durationNanos,
            boolean timeoutSet) {
        this.sql = sql;
        this.location = location;
        this.transaction = transaction;
        this.startNanos = startNanos;
        this.durationNanos = durationNanos;
        this.heldNanos = durationNanos;
        this.timeoutSet = timeoutSet;
    }

    /** The locks held after it, and which of them it took or strengthened (given what was held before it). */
    void locks(Baseline baseline, Map<Long, LockMode> after, Map<Long, LockMode> before) {
        held = baseline.locks(after);
        Map<Long, LockMode> newer = new HashMap<>();
        after.forEach((oid, mode) -> {
            LockMode previous = before.get(oid);
            if (previous == null || mode.compareTo(previous) > 0) {
                newer.put(oid, mode);
            }
        });
        taken = baseline.locks(newer);
    }

    /** Rewrites (same OID, new storage), index rebuilds (same name, new storage) and index builds (new name). */
    void storage(Baseline baseline, Map<Long, Relation> before, Map<Long, Relation> after) {
        for (Relation table : baseline.tables()) {
            Relation was = before.get(table.oid());
            Relation is = after.get(table.oid());
            if (was != null && is != null && was.filenode() != 0 && was.filenode() != is.filenode()) {
                rewritten.add(table.name());
            }
        }
        Map<String, Relation> wasIndexes = baseline.indexesOfTables(before);
        baseline.indexesOfTables(after).forEach((name, index) -> {
            Relation was = wasIndexes.get(name);
            String table = baseline.nameOf(index.table());
            if (was == null) {
                // a new name on an old OID is a rename (ADD CONSTRAINT ... USING INDEX), not a build
                if (!before.containsKey(index.oid())) {
                    built.put(name, table);
                }
            } else if (was.filenode() != index.filenode()) {
                rebuilt.put(name, table);
            }
        });
    }

    /** Sequential scans, from the transaction's counters before and after. */
    void scans(Baseline baseline, Map<Long, long[]> before, Map<Long, long[]> after) {
        scansKnown = true;
        for (Relation table : baseline.tables()) {
            long[] is = after.get(table.oid());
            if (is == null) {
                continue;
            }
            long[] was = before.getOrDefault(table.oid(), new long[2]);
            if (is[0] > was[0]) {
                scanned.put(table.name(), is[1] - was[1]);
            }
        }
    }

    /** What a second connection saw on a table right after it. */
    void probed(String table, BlockingProbe probe) {
        probed.put(table, probe);
    }

    /** The locks it took stayed held until this time. */
    void heldUntil(long nanos) {
        heldNanos = Math.max(0, nanos - startNanos);
    }

    /** Outside a transaction: held from when it got them until it ended. */
    void heldFrom(long nanos) {
        heldNanos = Math.max(0, startNanos + durationNanos - nanos);
    }

    StatementTrace build() {
        return new StatementTrace(sql, location, transaction, Duration.ofNanos(durationNanos),
                Duration.ofNanos(heldNanos), taken, held, rewritten, rebuilt, built, scanned, scansKnown,
                timeoutSet, probed);
    }
}
