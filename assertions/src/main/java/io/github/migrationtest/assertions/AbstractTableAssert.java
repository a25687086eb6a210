package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldHaveColumn.shouldHaveColumn;
import static io.github.migrationtest.assertions.error.ShouldHaveConstraint.shouldHaveConstraint;
import static io.github.migrationtest.assertions.error.ShouldHaveGrant.shouldHaveGrant;
import static io.github.migrationtest.assertions.error.ShouldHaveGrant.shouldNotHaveGrant;
import static io.github.migrationtest.assertions.error.ShouldHaveIndex.shouldHaveIndex;
import static io.github.migrationtest.assertions.error.ShouldHavePolicy.shouldHavePolicy;
import static io.github.migrationtest.assertions.error.ShouldHavePrimaryKey.shouldHavePrimaryKey;
import static io.github.migrationtest.assertions.error.ShouldHaveRowLevelSecurityEnabled.shouldHaveRowLevelSecurityEnabled;
import static io.github.migrationtest.assertions.error.ShouldNotHaveColumn.shouldNotHaveColumn;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.ConstraintSnapshot;
import io.github.migrationtest.core.schema.IndexSnapshot;
import io.github.migrationtest.core.schema.PolicySnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a table of a {@link SchemaSnapshot}, reached with {@link SchemaSnapshotAssert#table(String)}.
 *
 * <p>Columns, constraints, indexes, policies and grants are objects of their own in a snapshot, so the assertion
 * keeps the snapshot the table comes from. {@link #column(String)}, {@link #constraint(String)},
 * {@link #index(String)} and {@link #policy(String)} navigate to them, each child assertion described by its path
 * and the snapshot's description: {@code [constraint public.users.users_email_key of schema after 0005]}.
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
        if (findIndex(name).isEmpty()) {
            throwAssertionError(shouldHaveIndex(name, indexes().stream().map(IndexSnapshot::name).toList()));
        }
        return myself;
    }

    /**
     * Verifies that the table has the constraint.
     *
     * <p>Assertion succeeds: {@code table("public.users").hasConstraint("users_email_key")} after
     * {@code email text UNIQUE}. Fails, listing the table's constraints by name: {@code hasConstraint("users_fk")}.
     *
     * @param name the constraint's name, unquoted
     * @return this assertion object
     */
    public SELF hasConstraint(String name) {
        isNotNull();
        if (findConstraint(name).isEmpty()) {
            throwAssertionError(shouldHaveConstraint(name,
                    constraints().stream().map(ConstraintSnapshot::name).toList()));
        }
        return myself;
    }

    /**
     * Verifies that the table has the row-level security policy.
     *
     * <p>Assertion succeeds: {@code table("public.users").hasPolicy("tenant_isolation")} after
     * {@code CREATE POLICY tenant_isolation ON users ...}. Fails, listing the table's policies by name:
     * {@code hasPolicy("owner_only")}.
     *
     * @param name the policy's name, unquoted
     * @return this assertion object
     */
    public SELF hasPolicy(String name) {
        isNotNull();
        if (findPolicy(name).isEmpty()) {
            throwAssertionError(shouldHavePolicy(name, policies().stream().map(PolicySnapshot::name).toList()));
        }
        return myself;
    }

    /**
     * Verifies that the role holds the privilege on the table itself ({@code GRANT SELECT ON users TO reporting});
     * privileges granted on some of its columns only do not count, see {@link AbstractColumnAssert#hasGrant}.
     *
     * <p>Assertion succeeds: {@code hasGrant("reporting", "SELECT")} after {@code GRANT SELECT ON users TO
     * reporting}, or after {@code GRANT ALL}. Fails, listing the table's grants one privilege each:
     * {@code hasGrant("reporting", "DELETE")}. The owner's own privileges are not captured, so they never match.
     *
     * @param grantee the role, or {@code public} (in any case) for every role
     * @param privilege the privilege, such as {@code SELECT} or {@code update} (in any case)
     * @return this assertion object
     */
    public SELF hasGrant(String grantee, String privilege) {
        isNotNull();
        String grant = Grants.grant(grantee, privilege);
        List<String> grants = Grants.on(schema, actual.path());
        if (!grants.contains(grant)) {
            throwAssertionError(shouldHaveGrant("table", grant, grants));
        }
        return myself;
    }

    /**
     * Verifies that the role does not hold the privilege on the table itself, for instance after a
     * {@code REVOKE}.
     *
     * <p>Assertion succeeds: {@code hasNoGrant("public", "INSERT")} when only {@code SELECT} was granted to
     * {@code PUBLIC}. Fails: {@code hasNoGrant("public", "SELECT")}.
     *
     * @param grantee the role, or {@code public} (in any case) for every role
     * @param privilege the privilege, in any case
     * @return this assertion object
     */
    public SELF hasNoGrant(String grantee, String privilege) {
        isNotNull();
        String grant = Grants.grant(grantee, privilege);
        if (Grants.on(schema, actual.path()).contains(grant)) {
            throwAssertionError(shouldNotHaveGrant("table", grant));
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
        return new ColumnAssert(column, tableAssert()).as("%s", describe("column", column.path()));
    }

    /**
     * Navigates to a constraint, failing as {@link #hasConstraint(String)} does when there is none.
     *
     * <p>The constraint's assertion is described as
     * {@code constraint public.users.users_email_key of <the snapshot's description>}.
     *
     * @param name the constraint's name, unquoted
     * @return the constraint's assertion object
     */
    public ConstraintAssert constraint(String name) {
        hasConstraint(name);
        ConstraintSnapshot constraint = findConstraint(name).orElseThrow();
        return new ConstraintAssert(constraint, tableAssert()).as("%s", describe("constraint", constraint.path()));
    }

    /**
     * Navigates to an index of the table, failing as {@link #hasIndex(String)} does when there is none.
     *
     * <p>Indexes live in their schema, so the index's assertion is described as
     * {@code index public.users_email_idx of <the snapshot's description>}.
     *
     * @param name the index's name, or its path ({@code public.users_email_idx})
     * @return the index's assertion object
     */
    public IndexAssert index(String name) {
        hasIndex(name);
        IndexSnapshot index = findIndex(name).orElseThrow();
        return new IndexAssert(index, tableAssert()).as("%s", describe("index", index.path()));
    }

    /**
     * Navigates to a row-level security policy, failing as {@link #hasPolicy(String)} does when there is none.
     *
     * <p>The policy's assertion is described as
     * {@code policy public.users.tenant_isolation of <the snapshot's description>}.
     *
     * @param name the policy's name, unquoted
     * @return the policy's assertion object
     */
    public PolicyAssert policy(String name) {
        hasPolicy(name);
        PolicySnapshot policy = findPolicy(name).orElseThrow();
        return new PolicyAssert(policy, tableAssert()).as("%s", describe("policy", policy.path()));
    }

    /**
     * Goes back to the snapshot's assertion this table was reached from.
     *
     * @return the snapshot's assertion object
     */
    public SchemaSnapshotAssert returnToSnapshot() {
        return origin;
    }

    // The child assertions return to this very object when it is a TableAssert, keeping its description.
    private TableAssert tableAssert() {
        return this instanceof TableAssert self ? self : new TableAssert(actual, schema, origin);
    }

    private String describe(String kind, String path) {
        return kind + " " + path + " of " + origin.navigationDescription();
    }

    private List<ColumnSnapshot> columns() {
        return schema.columns().stream().filter(c -> isOfThisTable(c.schema(), c.table()))
                .sorted(Comparator.comparingInt(ColumnSnapshot::position)).toList();
    }

    private Optional<ColumnSnapshot> findColumn(String name) {
        return columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private List<ConstraintSnapshot> constraints() {
        return schema.constraints().stream().filter(c -> isOfThisTable(c.schema(), c.table())).toList();
    }

    private Optional<ConstraintSnapshot> findConstraint(String name) {
        return constraints().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private List<IndexSnapshot> indexes() {
        return schema.indexes().stream().filter(i -> i.table().equals(actual.path())).toList();
    }

    private Optional<IndexSnapshot> findIndex(String name) {
        return indexes().stream().filter(i -> i.name().equals(name) || i.path().equals(name)).findFirst();
    }

    private List<PolicySnapshot> policies() {
        return schema.policies().stream().filter(p -> isOfThisTable(p.schema(), p.table())).toList();
    }

    private Optional<PolicySnapshot> findPolicy(String name) {
        return policies().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private boolean isOfThisTable(String schemaName, String tableName) {
        return schemaName.equals(actual.schema()) && tableName.equals(actual.name());
    }
}
