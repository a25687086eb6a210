package io.github.migrationtest.core.compat.internal;

import io.github.migrationtest.core.compat.CorpusQuery;
import io.github.migrationtest.core.compat.ResultColumn;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection replaying queries, cheapest stage first: typed {@code PREPARE}, the result shape, and execution
 * in a transaction that is always rolled back. Every prepared statement is deallocated before the next query, so
 * nothing carries over between queries.
 */
public final class QuerySession implements AutoCloseable {

    private static final String PREFIX = "migrationtest_compat_";

    private final Connection connection;
    private final int major;
    private final Optional<String> role;
    private int counter;

    /** A session on the connection, which it closes; executions run as {@code role} when given. */
    public QuerySession(Connection connection, Optional<String> role) throws SQLException {
        this.connection = connection;
        this.major = connection.getMetaData().getDatabaseMajorVersion();
        this.role = role;
        connection.setAutoCommit(true);
    }

    /** The stages' outcome for one query: the stage that failed and its exception, or the shape when all passed. */
    public record Outcome(Stage failed, SQLException error, List<ResultColumn> shape) {
    }

    /** The replay stages, cheapest first. */
    public enum Stage {
        /** Typed {@code PREPARE}. */
        PREPARE,
        /** Describing the result. */
        DESCRIBE,
        /** Execution in a rolled-back transaction. */
        EXECUTE
    }

    /**
     * Runs the query's stages, stopping at the first failure; {@code expectedShape}, when given, is compared after
     * describing and a difference stops before execution (reported as a passed describe with the new shape).
     */
    public Outcome run(CorpusQuery query, Optional<List<ResultColumn>> expectedShape) throws SQLException {
        String name = PREFIX + (++counter);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PREPARE " + name + types(query) + " AS " + query.sql());
        } catch (SQLException e) {
            return new Outcome(Stage.PREPARE, e, List.of());
        }
        try {
            List<ResultColumn> shape;
            try {
                shape = describe(name, query);
            } catch (SQLException e) {
                return new Outcome(Stage.DESCRIBE, e, List.of());
            }
            if (expectedShape.isPresent() && !expectedShape.get().equals(shape)) {
                return new Outcome(null, null, shape);
            }
            int placeholders = SqlText.placeholders(query.sql());
            if (placeholders == 0 || query.params().size() == placeholders) {
                SQLException failure = execute(name, query);
                if (failure != null) {
                    return new Outcome(Stage.EXECUTE, failure, shape);
                }
            }
            return new Outcome(null, null, shape);
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DEALLOCATE " + name);
            }
        }
    }

    private static String types(CorpusQuery query) {
        return query.types().isEmpty() ? "" : " (" + String.join(", ", query.types()) + ")";
    }

    private SQLException execute(String name, CorpusQuery query) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            if (role.isPresent()) {
                statement.execute("SET LOCAL ROLE " + quoteIdentifier(role.get()));
            }
            String args = query.params().isEmpty() ? "" : "(" + String.join(", ", query.params()) + ")";
            statement.execute("EXECUTE " + name + args);
            return null;
        } catch (SQLException e) {
            return e;
        } finally {
            // always undone: the replay must leave the database as it found it for the next query
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private List<ResultColumn> describe(String name, CorpusQuery query) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> driverTypes = new ArrayList<>();
        try (PreparedStatement described = connection.prepareStatement(SqlText.jdbcPlaceholders(query.sql(), query.types()))) {
            ResultSetMetaData metaData = described.getMetaData();
            for (int i = 1; metaData != null && i <= metaData.getColumnCount(); i++) {
                names.add(metaData.getColumnLabel(i));
                driverTypes.add(baseType(metaData.getColumnTypeName(i)));
            }
        }
        List<String> types = major >= 16 ? resultTypes(name) : driverTypes;
        List<ResultColumn> shape = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            shape.add(new ResultColumn(names.get(i), i < types.size() ? types.get(i) : "?"));
        }
        return shape;
    }

    // PgJDBC names a column with a sequence default serial, depending on where it comes from (a table, not a view)
    private static String baseType(String driverType) {
        return switch (driverType) {
            case "serial" -> "int4";
            case "bigserial" -> "int8";
            case "smallserial" -> "int2";
            default -> driverType;
        };
    }

    private List<String> resultTypes(String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT result_types::text[] FROM pg_catalog.pg_prepared_statements WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next() || rows.getArray(1) == null) {
                    return List.of();
                }
                Array array = rows.getArray(1);
                return List.of((String[]) array.getArray());
            }
        }
    }

    /** {@code "name"}, with embedded quotes doubled. */
    public static String quoteIdentifier(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
