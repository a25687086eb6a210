package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldHaveColumn.shouldHaveColumn;
import static io.github.migrationtest.assertions.error.ShouldHaveIndex.shouldHaveIndex;
import static io.github.migrationtest.assertions.error.ShouldHavePrimaryKey.shouldHavePrimaryKey;
import static io.github.migrationtest.assertions.error.ShouldHaveRowLevelSecurityEnabled.shouldHaveRowLevelSecurityEnabled;
import static io.github.migrationtest.assertions.error.ShouldNotHaveColumn.shouldNotHaveColumn;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.ConstraintSnapshot;
import io.github.migrationtest.core.schema.IndexSnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a table of a {@link SchemaSnapshot}, reached with {@link SchemaSnapshotAssert#table(String)}.
 *
 * <p>Columns, constraints and indexes are objects of their own in a snapshot, so the assertion keeps the snapshot
 * the table comes from.
 *
 * @param <SELF> the type of the concrete assertion class
 * @since 0.1
 */
public abstract class AbstractTableAssert<SELF extends AbstractTableAssert<SELF>>
        extends AbstractAssert<SELF, TableSnapshot> {

    /** The snapshot the table comes from. */
    protected final SchemaSnapshot schema;

    private final SchemaSnapshotAssert origin;

    protected AbstractTableAssert(TableSnapshot actual, SchemaSnapshot schema, SchemaSnapshotAssert origin,
            Class<?> selfType) {
        super(actual, selfType);
        this.schema = Objects.requireNonNull(schema, "schema");
        this.origin = origin != null ? origin
                : new SchemaSnapshotAssert(schema).as(AbstractSchemaSnapshotAssert.DEFAULT_DESCRIPTION);
    }

    /**
     * Verifies that the table has the column.
     *
     * <p>Assertion succeeds: {@code table("public.users").hasColumn("email")}. Fails, listing the table's columns
     * in order: {@code hasColumn("phone")}.
     *
     * @param name the column's name, unquoted
     * @return this assertion object
     */
    public SELF hasColumn(String name) {
        isNotNull();
        if (findColumn(name).isEmpty()) {
            throwAssertionError(shouldHaveColumn(name, columns().stream().map(ColumnSnapshot::name).toList()));
        }
        return myself;
    }

    /**
     * Verifies that the table has no such column.
     *
     * @param name the column's name, unquoted
     * @return this assertion object
     */
    public SELF doesNotHaveColumn(String name) {
        isNotNull();
        if (findColumn(name).isPresent()) {
            throwAssertionError(shouldNotHaveColumn(name));
        }
        return myself;
    }

    /**
     * Verifies that the table's primary key is on exactly these columns, in this order.
     *
     * <p>The check compares the constraint's definition as {@code pg_get_constraintdef} writes it, so names that
     * need quoting must be given quoted ({@code "\"Id\""}). Assertion succeeds: {@code hasPrimaryKey("id")} after
     * {@code id int PRIMARY KEY}. Fails: {@code hasPrimaryKey("id", "tenant")}, or on a table without primary key.
     *
     * @param columns the key's columns, in order
     * @return this assertion object
     */
    public SELF hasPrimaryKey(String... columns) {
        isNotNull();
        String expected = "PRIMARY KEY (" + String.join(", ", columns) + ")";
        Optional<String> key = schema.constraints().stream()
                .filter(c -> c.type() == ConstraintSnapshot.Type.PRIMARY_KEY && isOfThisTable(c.schema(), c.table()))
                .map(ConstraintSnapshot::definition).findFirst();
        if (!key.equals(Optional.of(expected))) {
            throwAssertionError(shouldHavePrimaryKey(expected, key));
        }
        return myself;
    }

    /**
     * Verifies that the table has the index.
     *
     * @param name the index's name, or its path ({@code public.users_email_idx})
     * @return this assertion object
     */
    public SELF hasIndex(String name) {
        isNotNull();
        List<IndexSnapshot> indexes = schema.indexes().stream().filter(i -> i.table().equals(actual.path()))
                .toList();
        if (indexes.stream().noneMatch(i -> i.name().equals(name) || i.path().equals(name))) {
            throwAssertionError(shouldHaveIndex(name, indexes.stream().map(IndexSnapshot::name).toList()));
        }
        return myself;
    }

    /**
     * Verifies that row-level security is enabled on the table ({@code ALTER TABLE ... ENABLE ROW LEVEL
     * SECURITY}), forced or not.
     *
     * @return this assertion object
     */
    public SELF hasRowLevelSecurityEnabled() {
        isNotNull();
        if (!actual.rowSecurity()) {
            throwAssertionError(shouldHaveRowLevelSecurityEnabled());
        }
        return myself;
    }

    /**
     * Navigates to a column, failing as {@link #hasColumn(String)} does when there is none.
     *
     * <p>The column's assertion is described as {@code column public.users.email of <the snapshot's description>}.
     *
     * @param name the column's name, unquoted
     * @return the column's assertion object
     */
    public ColumnAssert column(String name) {
        hasColumn(name);
        ColumnSnapshot column = findColumn(name).orElseThrow();
        TableAssert table = this instanceof TableAssert self ? self : new TableAssert(actual, schema, origin);
        return new ColumnAssert(column, table).as("%s", "column " + column.path() + " of "
                + origin.navigationDescription());
    }

    /**
     * Goes back to the snapshot's assertion this table was reached from.
     *
     * @return the snapshot's assertion object
     */
    public SchemaSnapshotAssert returnToSnapshot() {
        return origin;
    }

    private List<ColumnSnapshot> columns() {
        return schema.columns().stream().filter(c -> isOfThisTable(c.schema(), c.table()))
                .sorted(java.util.Comparator.comparingInt(ColumnSnapshot::position)).toList();
    }

    private Optional<ColumnSnapshot> findColumn(String name) {
        return columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private boolean isOfThisTable(String schemaName, String tableName) {
        return schemaName.equals(actual.schema()) && tableName.equals(actual.name());
    }
}
