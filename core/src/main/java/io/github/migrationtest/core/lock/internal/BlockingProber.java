package io.github.migrationtest.core.lock.internal;

import io.github.migrationtest.core.lock.BlockingProbe;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tries a read and a write on a table from a connection of its own, each under a short {@code lock_timeout}, while the
 * migration's transaction is open (catalog §2.4): SQLSTATE 55P03 means the migration's locks block it.
 */
final class BlockingProber implements AutoCloseable {

    static final int TIMEOUT_MILLIS = 50;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;

    BlockingProber(TestDatabase database) throws SQLException {
        connection = database.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '" + TIMEOUT_MILLIS + "ms'");
            statement.execute("SET application_name = 'migrationtest-lock-probe'");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Probes a table; {@code qualified} is its quoted, schema-qualified name. A materialized view is only read.
     */
    BlockingProbe probe(String qualified, boolean writable) {
        boolean reads = blocked("SELECT 1 FROM " + qualified + " LIMIT 1");
        // DELETE ... WHERE false takes ROW EXCLUSIVE like any write, and changes nothing
        boolean writes = writable && blocked("DELETE FROM " + qualified + " WHERE false");
        return new BlockingProbe(reads, writes);
    }

    // any other error (a privilege, a table the statement is dropping) says nothing about locks: not blocked
    private boolean blocked(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return false;
        } catch (SQLException e) {
            return LOCK_NOT_AVAILABLE.equals(e.getSQLState());
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
