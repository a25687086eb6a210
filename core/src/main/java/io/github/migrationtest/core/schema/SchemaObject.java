package io.github.migrationtest.core.schema;

import java.util.Map;

/**
 * One object of a {@link SchemaSnapshot}: a schema, table, column, constraint, index, sequence, view, enum type,
 * function, trigger, policy, grant, default privileges, extension, domain, composite type or comment.
 *
 * <p>Every object has a {@linkplain #path() path} that names it in messages, and {@linkplain #properties()
 * properties} that {@link SchemaDiff} compares. Objects hold no volatile values (no OIDs, no relfilenodes), so two
 * databases built by the same script give equal objects.
 *
 * <p>Later versions add more kinds (statistics objects, publications, ...) as more records implementing this
 * interface.
 *
 * @since 0.1
 */
public sealed interface SchemaObject permits NamespaceSnapshot, TableSnapshot, ColumnSnapshot, ConstraintSnapshot,
        IndexSnapshot, SequenceSnapshot, ViewSnapshot, EnumTypeSnapshot, FunctionSnapshot, TriggerSnapshot,
        PolicySnapshot, GrantSnapshot, DefaultPrivilegeSnapshot, ExtensionSnapshot, DomainSnapshot,
        CompositeTypeSnapshot, CommentSnapshot {

    /** What kind of object this is. */
    ObjectKind kind();

    /**
     * The object's path, unique among the objects of its kind: {@code public} for a schema, {@code public.users} for
     * a table, view, sequence, index or type (enum, domain, composite), {@code public.users.email} for a column and
     * {@code public.users.users_pkey} for a constraint, {@code public.order_count(bigint)} for a function (with its
     * argument types), {@code public.orders.orders_touch_updated_at} for a trigger,
     * {@code public.orders.tenant_isolation} for a policy and {@code public.orders to reporting} for a grant,
     * {@code for app_owner in public on tables to reporting} for default privileges and {@code pgcrypto} for an
     * extension and {@code comment on public.orders.total} for a comment. Names are not quoted.
     */
    String path();

    /**
     * The properties {@link SchemaDiff} compares, by name, in a fixed order; the path's names are not among them.
     * Values are {@link String}, {@link Boolean}, {@link Long}, {@link Integer}, enum constants, lists of strings, or
     * {@link java.util.Optional}.
     */
    Map<String, Object> properties();
}
