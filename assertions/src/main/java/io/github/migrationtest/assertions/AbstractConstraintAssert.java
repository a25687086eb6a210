package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldBeDeclared.shouldBeDeclared;
import static io.github.migrationtest.assertions.error.ShouldHaveProperty.shouldHaveProperty;

import io.github.migrationtest.core.schema.ConstraintSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a constraint of a table of a schema snapshot, reached with {@link TableAssert#constraint(String)}.
 *
 * <p>Column lists, referenced tables and referential actions are read from the definition as
 * {@code pg_get_constraintdef} writes it ({@code FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE
 * CASCADE}), so names that need quoting must be given quoted ({@code "\"Id\""}).
 *
 * @param <SELF> the type of the concrete assertion class
 * @since 0.1
 */
public abstract class AbstractConstraintAssert<SELF extends AbstractConstraintAssert<SELF>>
        extends AbstractAssert<SELF, ConstraintSnapshot> {

    private static final Pattern REFERENCES = Pattern.compile(" REFERENCES (.+?)\\(");

    private final TableAssert table;

    protected AbstractConstraintAssert(ConstraintSnapshot actual, TableAssert table, Class<?> selfType) {
        super(actual, selfType);
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * Verifies what kind of constraint this is.
     *
     * <p>Assertion succeeds: {@code constraint("users_email_key").hasType(ConstraintSnapshot.Type.UNIQUE)} after
     * {@code email text UNIQUE}. Fails: {@code hasType(ConstraintSnapshot.Type.CHECK)}.
     *
     * @param type the expected kind
     * @return this assertion object
     */
    public SELF hasType(ConstraintSnapshot.Type type) {
        isNotNull();
        if (actual.type() != type) {
            throwAssertionError(shouldHaveProperty("constraint type", actual.type(), type));
        }
        return myself;
    }

    /**
     * Verifies that the constraint is a {@code PRIMARY KEY}, as {@link #hasType} does.
     *
     * @return this assertion object
     */
    public SELF isPrimaryKey() {
        return hasType(ConstraintSnapshot.Type.PRIMARY_KEY);
    }

    /**
     * Verifies that the constraint is a {@code FOREIGN KEY}, as {@link #hasType} does.
     *
     * @return this assertion object
     */
    public SELF isForeignKey() {
        return hasType(ConstraintSnapshot.Type.FOREIGN_KEY);
    }

    /**
     * Verifies that the constraint is {@code UNIQUE}, as {@link #hasType} does.
     *
     * @return this assertion object
     */
    public SELF isUnique() {
        return hasType(ConstraintSnapshot.Type.UNIQUE);
    }

    /**
     * Verifies that the constraint is a {@code CHECK}, as {@link #hasType} does.
     *
     * @return this assertion object
     */
    public SELF isCheck() {
        return hasType(ConstraintSnapshot.Type.CHECK);
    }

    /**
     * Verifies the columns of a primary key, unique constraint or foreign key, in order; a constraint of another
     * kind has none.
     *
     * <p>Assertion succeeds: {@code hasColumns("tenant", "id")} after {@code PRIMARY KEY (tenant, id)}. Fails:
     * {@code hasColumns("id", "tenant")}.
     *
     * @param columns the constraint's columns, in order, as {@code pg_get_constraintdef} writes them
     * @return this assertion object
     */
    public SELF hasColumns(String... columns) {
        isNotNull();
        List<String> expected = List.of(columns);
        List<String> actualColumns = keyColumns();
        if (!actualColumns.equals(expected)) {
            throwAssertionError(shouldHaveProperty("constraint columns", actualColumns, expected));
        }
        return myself;
    }

    /**
     * Verifies the constraint's whole definition as {@code pg_get_constraintdef} writes it.
     *
     * <p>Assertion succeeds: {@code hasDefinition("CHECK ((price > (0)::numeric))")} after
     * {@code CHECK (price > 0)}. Fails: {@code hasDefinition("CHECK (price > 0)")}, PostgreSQL's spelling
     * differing from the migration's.
     *
     * @param definition the expected definition
     * @return this assertion object
     */
    public SELF hasDefinition(String definition) {
        isNotNull();
        if (!actual.definition().equals(definition)) {
            throwAssertionError(shouldHaveProperty("constraint definition", actual.definition(), definition));
        }
        return myself;
    }

    /**
     * Verifies that the constraint is validated: it was not added {@code NOT VALID}, or was validated since.
     *
     * <p>Assertion succeeds after {@code ALTER TABLE ... VALIDATE CONSTRAINT}. Fails right after
     * {@code ADD CONSTRAINT ... NOT VALID}.
     *
     * @return this assertion object
     */
    public SELF isValidated() {
        isNotNull();
        if (!actual.validated()) {
            throwAssertionError(shouldBeDeclared("constraint", "validated", "NOT VALID"));
        }
        return myself;
    }

    /**
     * Verifies that the constraint was added {@code NOT VALID} and not validated since, as a migration adding a
     * constraint to a large table without a long lock does.
     *
     * @return this assertion object
     */
    public SELF isNotValidated() {
        isNotNull();
        if (actual.validated()) {
            throwAssertionError(shouldBeDeclared("constraint", "NOT VALID", "validated"));
        }
        return myself;
    }

    /**
     * Verifies that the constraint is {@code DEFERRABLE}, initially deferred or not.
     *
     * <p>Assertion succeeds after {@code UNIQUE (position) DEFERRABLE}. Fails on a constraint declared without
     * {@code DEFERRABLE}.
     *
     * @return this assertion object
     */
    public SELF isDeferrable() {
        isNotNull();
        if (!actual.deferrable()) {
            throwAssertionError(shouldBeDeclared("constraint", "deferrable", "not deferrable"));
        }
        return myself;
    }

    /**
     * Verifies that the constraint is not {@code DEFERRABLE}.
     *
     * @return this assertion object
     */
    public SELF isNotDeferrable() {
        isNotNull();
        if (actual.deferrable()) {
            throwAssertionError(shouldBeDeclared("constraint", "not deferrable", "deferrable"));
        }
        return myself;
    }

    /**
     * Verifies that the constraint is {@code DEFERRABLE INITIALLY DEFERRED}.
     *
     * @return this assertion object
     */
    public SELF isInitiallyDeferred() {
        isNotNull();
        if (!actual.deferred()) {
            throwAssertionError(shouldBeDeclared("constraint", "initially deferred", "initially immediate"));
        }
        return myself;
    }

    /**
     * Verifies that the constraint is a foreign key to the table.
     *
     * <p>Assertion succeeds: {@code references("public.accounts")} or {@code references("accounts")} after
     * {@code account_id int REFERENCES accounts}. Fails: {@code references("public.users")}, or on a constraint
     * that is not a foreign key.
     *
     * @param path the referenced table's path, such as {@code public.accounts}, or its name in {@code public}
     * @return this assertion object
     */
    public SELF references(String path) {
        isForeignKey();
        String expected = AbstractSchemaSnapshotAssert.qualify(path);
        Matcher matcher = REFERENCES.matcher(actual.definition());
        String referenced = matcher.find() ? matcher.group(1) : "";
        if (!referenced.equals(expected)) {
            throwAssertionError(shouldHaveProperty("referenced table", referenced, expected));
        }
        return myself;
    }

    /**
     * Verifies the foreign key's {@code ON DELETE} action: {@code NO ACTION} (the default), {@code RESTRICT},
     * {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}.
     *
     * <p>Assertion succeeds: {@code hasOnDelete("cascade")} after {@code REFERENCES accounts ON DELETE CASCADE}.
     * Fails: {@code hasOnDelete("SET NULL")}, or on a constraint that is not a foreign key.
     *
     * @param action the expected action, in any case
     * @return this assertion object
     */
    public SELF hasOnDelete(String action) {
        return hasReferentialAction("ON DELETE", action);
    }

    /**
     * Verifies the foreign key's {@code ON UPDATE} action, as {@link #hasOnDelete(String)} does.
     *
     * @param action the expected action, in any case
     * @return this assertion object
     */
    public SELF hasOnUpdate(String action) {
        return hasReferentialAction("ON UPDATE", action);
    }

    /**
     * Goes back to the assertion on the constraint's table.
     *
     * @return the table's assertion object
     */
    public TableAssert returnToTable() {
        return table;
    }

    /**
     * Goes back to the assertion on the snapshot the constraint's table was reached from.
     *
     * @return the snapshot's assertion object
     */
    public SchemaSnapshotAssert returnToSnapshot() {
        return table.returnToSnapshot();
    }

    private SELF hasReferentialAction(String event, String action) {
        isForeignKey();
        String expected = action.toUpperCase(Locale.ROOT);
        // pg_get_constraintdef leaves out the default NO ACTION.
        Matcher matcher = Pattern.compile(" " + event + " (NO ACTION|RESTRICT|CASCADE|SET NULL|SET DEFAULT)")
                .matcher(actual.definition());
        String actualAction = matcher.find() ? matcher.group(1) : "NO ACTION";
        if (!actualAction.equals(expected)) {
            throwAssertionError(shouldHaveProperty("foreign key " + event + " action", actualAction, expected));
        }
        return myself;
    }

    // The first parenthesised list of PRIMARY KEY (...), UNIQUE [NULLS NOT DISTINCT] (...) and FOREIGN KEY (...).
    private List<String> keyColumns() {
        return switch (actual.type()) {
            case PRIMARY_KEY, UNIQUE, FOREIGN_KEY -> firstList(actual.definition()).orElse(List.of());
            default -> List.of();
        };
    }

    private static Optional<List<String>> firstList(String definition) {
        int open = definition.indexOf('(');
        if (open < 0) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        for (int i = open + 1; i < definition.length(); i++) {
            char c = definition.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ')') {
                items.add(item.toString().strip());
                return Optional.of(items);
            } else if (!quoted && c == ',') {
                items.add(item.toString().strip());
                item.setLength(0);
                continue;
            }
            item.append(c);
        }
        return Optional.empty();
    }
}
