package io.github.migrationtest.core.data.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Inserts a table's synthesized rows one by one, each under a savepoint. When a check constraint (of the table or
 * of a domain) or partition routing rejects a row, the values of the columns it concerns move to their next
 * variant, odometer-style, until one is accepted or every combination was tried; a unique violation moves the row
 * to other values. Variants that worked stay in use for the following rows.
 */
public final class TableFiller {

    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";
    /** How many other value sets a row tries after a unique violation (rows that already exist, small types). */
    private static final int UNIQUE_RETRIES = 3;
    /** A bound on tries per row, so that checks pulling in opposite directions cannot loop for long. */
    private static final int MAX_TRIES = 500;

    private final Connection connection;
    private final TablePlan plan;
    private final int rows;
    private final int[] variants;

    public TableFiller(Connection connection, TablePlan plan, int rows) {
        this.connection = connection;
        this.plan = plan;
        this.rows = rows;
        this.variants = new int[plan.columns().size()];
    }

    /**
     * Inserts the rows. When a later row cannot be inserted, the rows before it stay; when the first cannot, none
     * does.
     *
     * @return how many rows were inserted and, when none was, why
     */
    public Filled fill() throws SQLException {
        String reason = null;
        int inserted = 0;
        while (inserted < rows) {
            reason = insertRow(inserted);
            if (reason != null) {
                break;
            }
            inserted++;
        }
        return new Filled(inserted, inserted == 0 ? reason : null);
    }

    /** Inserts row {@code row}, retrying with other values; returns why it could not, or {@code null}. */
    private String insertRow(int row) throws SQLException {
        int salt = 0;
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            Savepoint savepoint = connection.setSavepoint();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(insert(row, salt));
                connection.releaseSavepoint(savepoint);
                return null;
            } catch (SQLException e) {
                connection.rollback(savepoint);
                ServerErrorMessage error = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
                String constraint = error == null ? null : error.getConstraint();
                if (CHECK_VIOLATION.equals(e.getSQLState()) && constraint != null) {
                    if (!advance(plan.checkColumns().getOrDefault(constraint, generatedColumns()))) {
                        return "check constraint " + constraint + " rejected every value tried";
                    }
                } else if (CHECK_VIOLATION.equals(e.getSQLState()) && error != null && error.getTable() != null) {
                    String partitioned = error.getSchema() + "." + error.getTable();
                    if (!advance(partitionKeyColumns(partitioned))) {
                        return "no partition of " + partitioned + " accepts any row tried";
                    }
                } else if (UNIQUE_VIOLATION.equals(e.getSQLState()) && salt < UNIQUE_RETRIES) {
                    salt++;
                } else {
                    return "insert failed: " + firstLine(e.getMessage());
                }
            }
        }
        return "no values found that every constraint accepts after " + MAX_TRIES + " tries";
    }

    /** Moves the columns to their next combination of variants; {@code false} once every combination was tried. */
    private boolean advance(Set<Integer> columns) {
        for (int column : new TreeSet<>(columns)) {
            if (!(plan.columns().get(column).cell() instanceof Cell.Generated generated)) {
                continue;
            }
            variants[column]++;
            if (variants[column] < generated.values().variants()) {
                return true;
            }
            variants[column] = 0;
        }
        return false;
    }

    private Set<Integer> generatedColumns() {
        Set<Integer> columns = new HashSet<>();
        for (int i = 0; i < plan.columns().size(); i++) {
            columns.add(i);
        }
        return columns;
    }

    /** The columns a partitioned table routes by; all columns when it routes by expressions. */
    private Set<Integer> partitionKeyColumns(String partitioned) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT a.attname FROM pg_catalog.pg_partitioned_table p
                JOIN pg_catalog.pg_attribute a ON a.attrelid = p.partrelid AND a.attnum = ANY (p.partattrs)
                WHERE p.partrelid = (SELECT c.oid FROM pg_catalog.pg_class c
                    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = ? AND c.relname = ?)""")) {
            int dot = partitioned.indexOf('.');
            statement.setString(1, partitioned.substring(0, dot));
            statement.setString(2, partitioned.substring(dot + 1));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
        }
        Set<Integer> columns = new HashSet<>();
        for (int i = 0; i < plan.columns().size(); i++) {
            if (names.contains(plan.columns().get(i).name())) {
                columns.add(i);
            }
        }
        return columns.isEmpty() ? generatedColumns() : columns;
    }

    private String insert(int row, int salt) {
        if (plan.columns().isEmpty()) {
            return "INSERT INTO " + Identifiers.quotePath(plan.table()) + " DEFAULT VALUES";
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < plan.columns().size(); i++) {
            String raw = raw(i, row, salt);
            values.add(raw == null ? "NULL" : "'" + raw.replace("'", "''") + "'::" + plan.columns().get(i).type());
        }
        return "INSERT INTO " + Identifiers.quotePath(plan.table()) + " ("
                + plan.columns().stream().map(c -> Identifiers.quote(c.name())).collect(Collectors.joining(", "))
                + ") VALUES (" + String.join(", ", values) + ")";
    }

    /**
     * The value of a column as text, or {@code null} for {@code NULL}. Generated values move {@code salt} whole
     * batches of rows on, parent keys {@code salt} parents on, so that each salt gives other values.
     */
    private String raw(int column, int row, int salt) {
        Cell cell = plan.columns().get(column).cell();
        if (cell instanceof Cell.Generated generated) {
            return generated.values().value(row + salt * rows, variants[column]);
        }
        if (cell instanceof Cell.ParentKey key) {
            return key.keys().get((row + salt) % key.keys().size()).get(key.position());
        }
        if (cell instanceof Cell.SameRow same) {
            return raw(same.column(), row, salt);
        }
        return null;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * What filling a table did.
     *
     * @param rows how many rows were inserted
     * @param reason why no row could be inserted, or {@code null}
     */
    public record Filled(int rows, String reason) {
    }
}
