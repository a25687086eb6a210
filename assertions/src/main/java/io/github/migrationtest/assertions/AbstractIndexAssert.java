package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldBeDeclared.shouldBeDeclared;
import static io.github.migrationtest.assertions.error.ShouldHaveProperty.shouldHaveProperty;

import io.github.migrationtest.core.schema.IndexSnapshot;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an index of a table of a schema snapshot, reached with {@link TableAssert#index(String)}.
 *
 * @param <SELF> the type of the concrete assertion class
 * @since 0.1
 */
public abstract class AbstractIndexAssert<SELF extends AbstractIndexAssert<SELF>>
        extends AbstractAssert<SELF, IndexSnapshot> {

    private final TableAssert table;

    protected AbstractIndexAssert(IndexSnapshot actual, TableAssert table, Class<?> selfType) {
        super(actual, selfType);
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * Verifies that the index is unique (as those backing primary keys and unique constraints are).
     *
     * <p>Assertion succeeds after {@code CREATE UNIQUE INDEX users_email_idx ON users (email)}. Fails after
     * {@code CREATE INDEX users_email_idx ON users (email)}.
     *
     * @return this assertion object
     */
    public SELF isUnique() {
        isNotNull();
        if (!actual.unique()) {
            throwAssertionError(shouldBeDeclared("index", "unique", "not unique"));
        }
        return myself;
    }

    /**
     * Verifies that the index is not unique.
     *
     * @return this assertion object
     */
    public SELF isNotUnique() {
        isNotNull();
        if (actual.unique()) {
            throwAssertionError(shouldBeDeclared("index", "not unique", "unique"));
        }
        return myself;
    }

    /**
     * Verifies that the index is valid, so that the planner uses it.
     *
     * <p>Assertion succeeds after a {@code CREATE INDEX CONCURRENTLY} that completed. Fails on an index a failed
     * {@code CREATE INDEX CONCURRENTLY} left invalid.
     *
     * @return this assertion object
     */
    public SELF isValid() {
        isNotNull();
        if (!actual.valid()) {
            throwAssertionError(shouldBeDeclared("index", "valid", "invalid"));
        }
        return myself;
    }

    /**
     * Verifies that the index is partial: it has a {@code WHERE} clause.
     *
     * <p>Assertion succeeds after {@code CREATE INDEX ... WHERE deleted_at IS NULL}. Fails on an index of every row.
     *
     * @return this assertion object
     */
    public SELF isPartial() {
        isNotNull();
        if (actual.predicate().isEmpty()) {
            throwAssertionError(shouldBeDeclared("index", "partial", "not partial"));
        }
        return myself;
    }

    /**
     * Verifies the {@code WHERE} clause of a partial index as PostgreSQL writes it.
     *
     * <p>Assertion succeeds: {@code hasPredicate("(deleted_at IS NULL)")} after {@code WHERE deleted_at IS NULL}.
     * Fails: {@code hasPredicate("deleted_at IS NULL")}, without the parentheses PostgreSQL adds, or on an index
     * that is not partial.
     *
     * @param predicate the expected expression
     * @return this assertion object
     */
    public SELF hasPredicate(String predicate) {
        isNotNull();
        if (!actual.predicate().equals(Optional.of(predicate))) {
            throwAssertionError(shouldHaveProperty("index predicate", actual.predicate(), predicate));
        }
        return myself;
    }

    /**
     * Verifies the index's whole definition as {@code pg_get_indexdef} writes it.
     *
     * <p>Assertion succeeds: {@code hasDefinition("CREATE INDEX users_email_idx ON public.users USING btree
     * (email)")}. Fails: {@code hasDefinition("CREATE INDEX users_email_idx ON users (email)")}.
     *
     * @param definition the expected definition
     * @return this assertion object
     */
    public SELF hasDefinition(String definition) {
        isNotNull();
        if (!actual.definition().equals(definition)) {
            throwAssertionError(shouldHaveProperty("index definition", actual.definition(), definition));
        }
        return myself;
    }

    /**
     * Goes back to the assertion on the index's table.
     *
     * @return the table's assertion object
     */
    public TableAssert returnToTable() {
        return table;
    }

    /**
     * Goes back to the assertion on the snapshot the index's table was reached from.
     *
     * @return the snapshot's assertion object
     */
    public SchemaSnapshotAssert returnToSnapshot() {
        return table.returnToSnapshot();
    }
}
