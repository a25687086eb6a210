package io.github.migrationtest.core.data;

import io.github.migrationtest.core.data.internal.SynthesisRun;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Inserts a few valid rows into tables no fixture covers, so that checks run against data.
 *
 * <p>Values are deterministic: they depend only on the schema, the row index and the column, so the same schema
 * gets the same rows on every run. Generated: {@code smallint}, {@code integer}, {@code bigint},
 * {@code numeric(p,s)}, {@code real}, {@code double precision}, {@code text}, {@code varchar(n)}, {@code char(n)}
 * (within the length), {@code boolean}, {@code date}, {@code timestamp}, {@code timestamptz}, {@code time},
 * {@code timetz}, {@code interval}, {@code uuid}, {@code json}, {@code jsonb}, {@code bytea}, {@code inet},
 * {@code cidr}, enums (their labels), domains (their base type) and one-dimensional arrays of any of these. Not
 * generated: other types, such as composite and range types, geometric types, {@code tsvector}, {@code money},
 * {@code bit} and extension types; a nullable column of such a type gets {@code NULL}, one with a default gets its
 * default, and a NOT NULL one makes its table unfillable.
 *
 * <p>Rules: identity, generated and serial columns are left to the database; other columns get values even when
 * they have a default. Each row gets different values, so primary keys and unique constraints hold. Foreign keys
 * take existing parent keys, and empty parents are filled first (added to the run when not listed); a key whose
 * columns are all nullable is {@code NULL} when its parent cannot be filled, and a self-reference is {@code NULL}
 * when nullable, otherwise it points at its own row. A cycle of foreign keys through NOT NULL columns makes its
 * tables unfillable. When a check constraint, a domain's check or partition routing rejects a row, the columns it
 * concerns are retried with other value sets (small positive, larger, negative and zero numbers; plain,
 * lowercase, uppercase, digit, e-mail, URL and sentence strings; other dates, labels and so on) until one is
 * accepted or all were tried. Partitions are filled through their partitioned table. Views, materialized views and
 * foreign tables are not filled and are reported as unfillable when listed.
 *
 * <p>Each row is inserted under a savepoint, so one table's failure leaves the others' rows in place. The rows are
 * committed (with whatever the connection's transaction already held) and the connection's auto-commit setting is
 * restored.
 *
 * @since 0.1
 */
public final class RowSynthesizer {

    private static final int DEFAULT_ROWS = 3;

    private final int rows;

    private RowSynthesizer(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows per table must be at least 1, not " + rows);
        }
        this.rows = rows;
    }

    /** A synthesizer that inserts three rows per table. */
    public static RowSynthesizer defaults() {
        return new RowSynthesizer(DEFAULT_ROWS);
    }

    /**
     * A synthesizer that inserts the given number of rows per table.
     *
     * @param rows rows per table, at least 1
     */
    public static RowSynthesizer rowsPerTable(int rows) {
        return new RowSynthesizer(rows);
    }

    /** The rows inserted per table. */
    public int rowsPerTable() {
        return rows;
    }

    /**
     * Inserts rows into each listed table that can be filled, filling empty parent tables first when a foreign key
     * needs them.
     *
     * @param connection a connection to the database the snapshot was captured from
     * @param snapshot the database's schema
     * @param tables the tables to fill, by path ({@code schema.table})
     * @return what was filled and why the rest was not
     * @throws SQLException if the database fails other than by rejecting a row (a lost connection, say)
     */
    public SynthesisResult fill(Connection connection, SchemaSnapshot snapshot, Collection<String> tables)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            SynthesisRun.Outcome outcome = new SynthesisRun(connection, snapshot, rows).run(tables);
            connection.commit();
            return new SynthesisResult(outcome.filled(), outcome.unfillable(), outcome.throughParent());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
