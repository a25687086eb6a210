package io.github.migrationtest.core.lock.internal;

import io.github.migrationtest.core.lock.LockMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The catalog queries run after each statement. They run on the migration's own connection, inside its transaction,
 * and read only catalogs and statistics views, so they lock and scan no user table themselves.
 */
final class Catalog {

    private static final String RELATIONS = "SELECT c.oid, n.nspname, c.relname, c.relkind, c.relfilenode, "
            + "COALESCE(i.indrelid, 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "LEFT JOIN pg_index i ON i.indexrelid = c.oid "
            + "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
            + "AND n.nspname NOT LIKE 'pg\\_temp%' AND c.relkind IN ('r', 'p', 'm', 'i', 'I')";
    // granted locks of this backend: what the transaction holds so far
    private static final String LOCKS = "SELECT relation, mode FROM pg_locks WHERE locktype = 'relation' "
            + "AND pid = pg_backend_pid() AND granted AND relation IS NOT NULL";
    // the current transaction's own counters, not yet flushed to pg_stat_user_tables
    private static final String SCANS = "SELECT relid, seq_scan, seq_tup_read FROM pg_stat_xact_user_tables";
    private static final String TIMEOUT_DEFAULT = "SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s, "
            + "unnest(s.setconfig) AS c(setting) WHERE s.setdatabase IN (0, (SELECT oid FROM pg_database "
            + "WHERE datname = current_database())) AND s.setrole IN (0, (SELECT oid FROM pg_roles "
            + "WHERE rolname = current_user)) AND c.setting LIKE 'lock\\_timeout=%' AND c.setting <> 'lock_timeout=0')";

    private Catalog() {
    }

    /** The user relations by OID. */
    static Map<Long, Relation> relations(Connection connection) throws SQLException {
        Map<Long, Relation> relations = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(RELATIONS)) {
            while (rs.next()) {
                relations.put(rs.getLong(1), new Relation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6)));
            }
        }
        return relations;
    }

    /** The strongest granted mode per relation this backend holds. */
    static Map<Long, LockMode> locks(Connection connection) throws SQLException {
        Map<Long, LockMode> locks = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(LOCKS)) {
            while (rs.next()) {
                locks.merge(rs.getLong(1), LockMode.parse(rs.getString(2)), LockMode::max);
            }
        }
        return locks;
    }

    /** Sequential scans and the tuples they read, per table, in the current transaction. */
    static Map<Long, long[]> scans(Connection connection) throws SQLException {
        Map<Long, long[]> scans = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(SCANS)) {
            while (rs.next()) {
                scans.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return scans;
    }

    /** Whether the database or the role has a non-zero {@code lock_timeout} default. */
    static boolean lockTimeoutDefault(Connection connection) throws SQLException {
        return single(connection, TIMEOUT_DEFAULT).equals("t");
    }

    static int major(Connection connection) throws SQLException {
        return Integer.parseInt(single(connection, "SHOW server_version_num")) / 10000;
    }

    static int backendPid(Connection connection) throws SQLException {
        return Integer.parseInt(single(connection, "SELECT pg_backend_pid()"));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
