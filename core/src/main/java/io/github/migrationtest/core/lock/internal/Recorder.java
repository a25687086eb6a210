package io.github.migrationtest.core.lock.internal;

import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Records what one step's statements do, from the connections the migration tool runs them on. Until
 * {@link #arm()} the connections pass everything through untouched, so the tool's start-up stays out of the trace.
 */
public final class Recorder {

    /** The statement itself, run by the proxy. */
    @FunctionalInterface
    interface Call {
        Object call() throws Throwable;
    }

    private final TestDatabase database;
    private final MigrationStep step;
    private final StatementLocator locator;
    private final String file;
    private final List<PendingStatement> statements = new ArrayList<>();
    private volatile boolean armed;
    private Baseline baseline;
    private Map<Long, Relation> current;
    private boolean timeoutDefault;
    private int major;
    private int transactions;
    private final boolean probing;
    private BlockingProber prober;

    /**
     * @param database the database the step runs on
     * @param step the step
     * @param stepText the text of the step's file, to find the line of each statement
     */
    public Recorder(TestDatabase database, MigrationStep step, Optional<String> stepText) {
        this(database, step, stepText, false);
    }

    /**
     * @param probing whether to try a read and a write on every table a statement leaves locked, from a second
     *     connection, while the transaction is open
     */
    public Recorder(TestDatabase database, MigrationStep step, Optional<String> stepText, boolean probing) {
        this.probing = probing;
        this.database = database;
        this.step = step;
        this.locator = new StatementLocator(stepText);
        this.file = file(step.location());
    }

    /** The connection, observed. */
    public Connection wrap(Connection connection) {
        SessionState session = new SessionState(connection);
        return (Connection) Proxy.newProxyInstance(Recorder.class.getClassLoader(), new Class<?>[] {Connection.class},
                new TracingConnection(this, session));
    }

    /** Reads the relations that exist now (the step's "before") and starts recording. */
    public synchronized void arm() throws SQLException {
        try (Connection connection = database.connect()) {
            current = Catalog.relations(connection);
            baseline = new Baseline(current);
            timeoutDefault = Catalog.lockTimeoutDefault(connection);
            major = Catalog.major(connection);
        }
        if (probing) {
            prober = new BlockingProber(database);
        }
        armed = true;
    }

    /** Stops recording; the trace of what ran. */
    public synchronized LockTrace finish() {
        armed = false;
        if (prober != null) {
            try {
                prober.close();
            } catch (SQLException e) {
                // the probes are done; a failed close only leaks a test connection
            }
            prober = null;
        }
        return new LockTrace(step, major, statements.stream().map(PendingStatement::build).toList());
    }

    boolean armed() {
        return armed;
    }

    synchronized void ended(SessionState session) {
        if (armed) {
            session.ended(System.nanoTime());
        }
    }

    synchronized Object run(SessionState session, String sql, Call call) throws Throwable {
        boolean inTransaction = !session.raw.getAutoCommit();
        Optional<Integer> line = locator.line(sql);
        if (Statements.bookkeeping(sql, line.isPresent())) {
            Object result = call.call();
            session.noteTimeout(sql, inTransaction);
            return result;
        }
        boolean timeoutSet = timeoutDefault || session.timeoutInEffect();
        String location = line.map(l -> file + ":" + l)
                .orElseGet(() -> step.location() + " (statement " + (statements.size() + 1) + ")");
        Object result = inTransaction ? inside(session, sql, location, timeoutSet, call)
                : outside(session, sql, location, timeoutSet, call);
        session.noteTimeout(sql, inTransaction);
        return result;
    }

    private Object inside(SessionState session, String sql, String location, boolean timeoutSet, Call call)
            throws Throwable {
        // PostgreSQL 15+ counts in pg_stat_xact_* what earlier transactions of the backend did until their stats
        // are flushed (up to a second later), so the first statement of a transaction needs a reading of its own
        Map<Long, long[]> scansBefore = session.transaction == 0 ? Catalog.scans(session.raw) : session.scans;
        long start = System.nanoTime();
        Object result = call.call();
        long end = System.nanoTime();
        if (session.transaction == 0) {
            session.transaction = ++transactions;
        }
        Map<Long, Relation> after = Catalog.relations(session.raw);
        Map<Long, LockMode> locks = tracked(Catalog.locks(session.raw));
        Map<Long, long[]> scans = Catalog.scans(session.raw);
        PendingStatement statement = new PendingStatement(sql, location, session.transaction, start, end - start,
                timeoutSet);
        statement.locks(baseline, locks, session.held);
        statement.storage(baseline, current, after);
        statement.scans(baseline, scansBefore, scans);
        if (prober != null) {
            probe(statement, locks, after);
        }
        session.held = locks;
        session.scans = scans;
        current = after;
        session.opened(statement);
        statements.add(statement);
        return result;
    }

    // Its locks are gone when it returns: a second connection watches them while it runs.
    private Object outside(SessionState session, String sql, String location, boolean timeoutSet, Call call)
            throws Throwable {
        Map<Long, Relation> before = Catalog.relations(session.raw);
        OutsideTransactionProbe probe = new OutsideTransactionProbe(database, session.pid(), baseline.oids());
        probe.start(baseline.writableTables());
        long start = System.nanoTime();
        Object result;
        Map<Long, LockMode> seen;
        try {
            result = call.call();
        } finally {
            seen = probe.stop();
        }
        long end = System.nanoTime();
        Map<Long, Relation> after = Catalog.relations(session.raw);
        PendingStatement statement = new PendingStatement(sql, location, 0, start, end - start, timeoutSet);
        statement.locks(baseline, seen, Map.of());
        statement.storage(baseline, before, after);
        probe.releasedAt().ifPresent(statement::heldFrom);
        current = after;
        statements.add(statement);
        return result;
    }

    // every pre-existing table the transaction holds a traffic-blocking lock on, tried once per statement
    private void probe(PendingStatement statement, Map<Long, LockMode> locks, Map<Long, Relation> relations)
            throws SQLException {
        for (Map.Entry<Long, LockMode> lock : locks.entrySet()) {
            Relation relation = relations.get(lock.getKey());
            if (relation != null && relation.isTable() && lock.getValue().blocksTraffic()) {
                statement.probed(relation.name(), prober.probe(relation.quoted(), !relation.kind().equals("m")));
            }
        }
    }

    private Map<Long, LockMode> tracked(Map<Long, LockMode> locks) {
        return locks.entrySet().stream().filter(e -> baseline.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    // a Liquibase location is changelog::id::author
    private static String file(String location) {
        int author = location.lastIndexOf("::");
        int id = author < 0 ? -1 : location.lastIndexOf("::", author - 1);
        return id < 0 ? location : location.substring(0, id);
    }
}
