package io.github.migrationtest.core.schema;

import io.github.migrationtest.core.schema.internal.CatalogReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a database's catalog holds, as an immutable list of {@link SchemaObject}s sorted by kind and path.
 *
 * <p>Captured: schemas, tables (type, persistence, row-level security, owner, partition key, and for a partition
 * its parent and bound), columns, constraints, indexes, sequences (with their owner, and their last value only by
 * {@link #captureWithSequenceValues(Connection)}), views and materialized views, enum types, domains and composite
 * types (each with its owner), functions and procedures (with aggregates and window functions), triggers (other than
 * internal ones), row-level security policies, grants on tables, columns, sequences, functions and schemas, default
 * privileges, extensions and comments. Not yet: table options, statistics objects, event triggers, publications and
 * a few more, listed in
 * {@code docs/schema-snapshot.md}; they will be added as more {@link SchemaObject} records. The system schemas
 * ({@code pg_catalog}, {@code information_schema}, {@code pg_toast}, temporary schemas), the objects that belong to
 * an extension (the extension stands for them) and the migration tools' history tables ({@link #HISTORY_TABLES}) are
 * left out.
 *
 * <p>Two snapshots are equal when they hold equal objects; {@link SchemaDiff#between(SchemaSnapshot, SchemaSnapshot)}
 * says how they differ. See {@code docs/schema-snapshot.md}.
 *
 * @since 0.1
 */
public final class SchemaSnapshot {

    /**
     * The history tables of Flyway, Liquibase and migrationtest, left out of every snapshot (in any schema, with
     * their columns, constraints, indexes and sequences).
     */
    public static final Set<String> HISTORY_TABLES = Set.of("flyway_schema_history", "databasechangelog",
            "databasechangeloglock", "migrationtest_schema_history");

    private static final Comparator<SchemaObject> ORDER = Comparator.comparing(SchemaObject::kind)
            .thenComparing(SchemaObject::path);

    private final List<SchemaObject> objects;

    private SchemaSnapshot(List<SchemaObject> objects) {
        this.objects = objects;
    }

    /**
     * A snapshot of the given objects.
     *
     * @param objects the objects, in any order
     * @return the snapshot
     */
    public static SchemaSnapshot of(Collection<? extends SchemaObject> objects) {
        return new SchemaSnapshot(objects.stream().map(SchemaObject.class::cast).sorted(ORDER).toList());
    }

    /**
     * Captures the schema of the database the connection is connected to, with one catalog query per kind of object.
     * The queries are sent together and prepared on the server, so a later capture on the same connection skips
     * planning them.
     *
     * <p>The connection's {@code search_path} is set to {@code pg_catalog} while capturing, so that types, defaults
     * and definitions always name their objects with the schema, and restored afterwards. The connection is left
     * open.
     *
     * @param connection a connection to the database
     * @return the snapshot
     * @throws SQLException if a catalog query fails
     */
    public static SchemaSnapshot capture(Connection connection) throws SQLException {
        return of(new CatalogReader(connection, HISTORY_TABLES).read());
    }

    /**
     * Captures like {@link #capture(Connection)}, and also each sequence's last value
     * ({@link SequenceSnapshot#lastValue()}), read in the same catalog query by {@code pg_sequence_last_value}. A
     * sequence's value is data rather than schema, so compare such snapshots with
     * {@link Equivalence#ignoringSequenceValues()} unless the values are the point.
     *
     * @param connection a connection to the database
     * @return the snapshot
     * @throws SQLException if a catalog query fails
     * @since 0.1
     */
    public static SchemaSnapshot captureWithSequenceValues(Connection connection) throws SQLException {
        return of(new CatalogReader(connection, HISTORY_TABLES, true).read());
    }

    /** Every object, sorted by kind (in {@link ObjectKind} order) and then by path. */
    public List<SchemaObject> objects() {
        return objects;
    }

    /**
     * The objects of one record type, in snapshot order (by kind, then path).
     *
     * @param type the record type, such as {@code TableSnapshot.class}
     * @param <T> the record type
     * @return the objects of that type
     */
    public <T extends SchemaObject> List<T> objects(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The object of the given kind and path.
     *
     * @param kind the object's kind
     * @param path the object's path, such as {@code public.users.email}
     * @return the object, or empty if the snapshot has none of that kind and path
     */
    public Optional<SchemaObject> find(ObjectKind kind, String path) {
        return objects.stream().filter(o -> o.kind() == kind && o.path().equals(path)).findFirst();
    }

    /** The schemas. */
    public List<NamespaceSnapshot> schemas() {
        return objects(NamespaceSnapshot.class);
    }

    /** The tables. */
    public List<TableSnapshot> tables() {
        return objects(TableSnapshot.class);
    }

    /** The columns of all tables. */
    public List<ColumnSnapshot> columns() {
        return objects(ColumnSnapshot.class);
    }

    /** The constraints of all tables. */
    public List<ConstraintSnapshot> constraints() {
        return objects(ConstraintSnapshot.class);
    }

    /** The indexes. */
    public List<IndexSnapshot> indexes() {
        return objects(IndexSnapshot.class);
    }

    /** The sequences. */
    public List<SequenceSnapshot> sequences() {
        return objects(SequenceSnapshot.class);
    }

    /** The views, then the materialized views. */
    public List<ViewSnapshot> views() {
        return objects(ViewSnapshot.class);
    }

    /** The enum types. */
    public List<EnumTypeSnapshot> enumTypes() {
        return objects(EnumTypeSnapshot.class);
    }

    /** The functions, procedures, aggregates and window functions. */
    public List<FunctionSnapshot> functions() {
        return objects(FunctionSnapshot.class);
    }

    /** The triggers, other than internal ones. */
    public List<TriggerSnapshot> triggers() {
        return objects(TriggerSnapshot.class);
    }

    /** The row-level security policies. */
    public List<PolicySnapshot> policies() {
        return objects(PolicySnapshot.class);
    }

    /** The grants, one per object and grantee. */
    public List<GrantSnapshot> grants() {
        return objects(GrantSnapshot.class);
    }

    /** The default privileges, one per creating role, schema, kind of object and grantee. */
    public List<DefaultPrivilegeSnapshot> defaultPrivileges() {
        return objects(DefaultPrivilegeSnapshot.class);
    }

    /** The installed extensions. */
    public List<ExtensionSnapshot> extensions() {
        return objects(ExtensionSnapshot.class);
    }

    /** The domains. */
    public List<DomainSnapshot> domains() {
        return objects(DomainSnapshot.class);
    }

    /** The composite types. */
    public List<CompositeTypeSnapshot> compositeTypes() {
        return objects(CompositeTypeSnapshot.class);
    }

    /** The comments. */
    public List<CommentSnapshot> comments() {
        return objects(CommentSnapshot.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaSnapshot snapshot && objects.equals(snapshot.objects);
    }

    @Override
    public int hashCode() {
        return objects.hashCode();
    }

    @Override
    public String toString() {
        return "SchemaSnapshot[" + objects.size() + " objects]";
    }
}
