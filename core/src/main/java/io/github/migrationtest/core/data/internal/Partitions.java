package io.github.migrationtest.core.data.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Which tables are partitions and of which root: a snapshot records only each partition's direct parent. */
public final class Partitions {

    private Partitions() {
    }

    /** Each partition's path (at any level) and the path of its top-level partitioned table. */
    public static Map<String, String> roots(Connection connection) throws SQLException {
        Map<String, String> roots = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT n.nspname, c.relname, rn.nspname, r.relname
                FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_class r ON r.oid = pg_catalog.pg_partition_root(c.oid)
                JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
                WHERE c.relispartition""")) {
            while (rows.next()) {
                roots.put(rows.getString(1) + "." + rows.getString(2), rows.getString(3) + "." + rows.getString(4));
            }
        }
        return roots;
    }
}
