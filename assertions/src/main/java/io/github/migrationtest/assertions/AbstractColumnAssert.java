package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldBeNotNull.shouldBeNotNull;
import static io.github.migrationtest.assertions.error.ShouldBeNullable.shouldBeNullable;
import static io.github.migrationtest.assertions.error.ShouldHaveColumnType.shouldHaveColumnType;
import static io.github.migrationtest.assertions.error.ShouldHaveDefault.shouldHaveDefault;
import static io.github.migrationtest.assertions.error.ShouldHaveGrant.shouldHaveGrant;
import static io.github.migrationtest.assertions.error.ShouldHaveGrant.shouldNotHaveGrant;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a column of a schema snapshot, reached with {@link TableAssert#column(String)}.
 *
 * @param <SELF> the type of the concrete assertion class
 * @since 0.1
 */
public abstract class AbstractColumnAssert<SELF extends AbstractColumnAssert<SELF>>
        extends AbstractAssert<SELF, ColumnSnapshot> {

    private final TableAssert table;

    protected AbstractColumnAssert(ColumnSnapshot actual, TableAssert table, Class<?> selfType) {
        super(actual, selfType);
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * Verifies the column's type, with its modifiers, as {@code format_type} writes it.
     *
     * <p>Assertion succeeds: {@code hasType("character varying(255)")} for {@code varchar(255)}. Fails:
     * {@code hasType("text")}.
     *
     * @param type the expected type, such as {@code text}, {@code integer} or {@code numeric(10,2)}
     * @return this assertion object
     */
    public SELF hasType(String type) {
        super.isNotNull();
        if (!actual.type().equals(type)) {
            throwAssertionError(shouldHaveColumnType(actual.type(), type));
        }
        return myself;
    }

    /**
     * Verifies that the column is declared {@code NOT NULL} (a primary key's columns are).
     *
     * <p>Unlike AssertJ's {@code isNotNull()}, this checks the column's declaration, not that the assertion has
     * an object.
     *
     * @return this assertion object
     */
    @Override
    public SELF isNotNull() {
        super.isNotNull();
        if (!actual.notNull()) {
            throwAssertionError(shouldBeNotNull());
        }
        return myself;
    }

    /**
     * Verifies that the column is not declared {@code NOT NULL}.
     *
     * @return this assertion object
     */
    public SELF isNullable() {
        super.isNotNull();
        if (actual.notNull()) {
            throwAssertionError(shouldBeNullable());
        }
        return myself;
    }

    /**
     * Verifies the column's default expression as PostgreSQL stores it ({@code 'anon'::text}, {@code now()}).
     *
     * @param expression the expected default expression
     * @return this assertion object
     */
    public SELF hasDefault(String expression) {
        super.isNotNull();
        if (!actual.defaultExpression().equals(Optional.of(expression))) {
            throwAssertionError(shouldHaveDefault(actual.defaultExpression(), expression));
        }
        return myself;
    }

    /**
     * Verifies that the role holds the privilege on this column ({@code GRANT UPDATE (email) ON users TO app});
     * privileges granted on the whole table do not count, see {@link AbstractTableAssert#hasGrant}.
     *
     * <p>Assertion succeeds: {@code column("email").hasGrant("app", "UPDATE")} after
     * {@code GRANT UPDATE (email) ON users TO app}. Fails, listing the column's grants one privilege each:
     * {@code hasGrant("app", "SELECT")}.
     *
     * @param grantee the role, or {@code public} (in any case) for every role
     * @param privilege the privilege, such as {@code SELECT} or {@code update} (in any case)
     * @return this assertion object
     */
    public SELF hasGrant(String grantee, String privilege) {
        super.isNotNull();
        String grant = Grants.grant(grantee, privilege);
        List<String> grants = Grants.on(table.schema, actual.path());
        if (!grants.contains(grant)) {
            throwAssertionError(shouldHaveGrant("column", grant, grants));
        }
        return myself;
    }

    /**
     * Verifies that the role does not hold the privilege on this column.
     *
     * <p>Assertion succeeds: {@code column("email").hasNoGrant("app", "SELECT")} when only {@code UPDATE (email)}
     * was granted. Fails: {@code hasNoGrant("app", "UPDATE")}.
     *
     * @param grantee the role, or {@code public} (in any case) for every role
     * @param privilege the privilege, in any case
     * @return this assertion object
     */
    public SELF hasNoGrant(String grantee, String privilege) {
        super.isNotNull();
        String grant = Grants.grant(grantee, privilege);
        if (Grants.on(table.schema, actual.path()).contains(grant)) {
            throwAssertionError(shouldNotHaveGrant("column", grant));
        }
        return myself;
    }

    /**
     * Goes back to the assertion on the column's table.
     *
     * @return the table's assertion object
     */
    public TableAssert returnToTable() {
        return table;
    }

    /**
     * Goes back to the assertion on the snapshot the column's table was reached from.
     *
     * @return the snapshot's assertion object
     */
    public SchemaSnapshotAssert returnToSnapshot() {
        return table.returnToSnapshot();
    }
}
