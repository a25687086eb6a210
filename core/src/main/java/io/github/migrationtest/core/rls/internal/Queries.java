package io.github.migrationtest.core.rls.internal;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Catalog queries behind the static rules that need role membership or dependencies (the snapshot has neither).
 * {@code ?} is the application role; {@code %s} the tenant tables as a {@code regclass[]}.
 */
public final class Queries {

    /** The tenant tables as a {@code regclass[]} literal. */
    public static String tables(Collection<String> paths) {
        if (paths.isEmpty()) {
            return "ARRAY[]::regclass[]";
        }
        return paths.stream().map(p -> Sql.literal(Sql.qualified(p)))
                .collect(Collectors.joining(", ", "ARRAY[", "]::regclass[]"));
    }

    /** Tenant tables with RLS, not forced, whose owner the app is or can act as: table, owner. */
    public static final String NOT_FORCED = """
            SELECT c.oid::regclass::text, pg_get_userbyid(c.relowner) FROM pg_class c
             WHERE c.oid = ANY (%s) AND c.relrowsecurity AND NOT c.relforcerowsecurity
               AND pg_has_role(?, c.relowner, 'MEMBER')
             ORDER BY 1""";

    /** Superuser or BYPASSRLS roles the app is or is a member of: role, superuser, bypassrls. */
    public static final String BYPASSING_ROLES = """
            SELECT r.rolname, r.rolsuper, r.rolbypassrls FROM pg_roles r
             WHERE (r.rolsuper OR r.rolbypassrls) AND pg_has_role(?, r.oid, 'MEMBER')
             ORDER BY 1""";

    /** Roles whose policies apply to the app: itself and every role it is a member of. */
    public static final String MEMBER_OF = "SELECT rolname FROM pg_roles WHERE pg_has_role(?, oid, 'MEMBER')";

    /**
     * Views the app can read that run with an owner's rights that bypass RLS on a tenant table, and every
     * materialized view over one: view, kind, table, view owner.
     */
    public static final String OWNER_RIGHTS_VIEWS = """
            SELECT DISTINCT v.oid::regclass::text, v.relkind::text, t.oid::regclass::text, o.rolname
              FROM pg_class v JOIN pg_rewrite rw ON rw.ev_class = v.oid
              JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid
                              AND d.refclassid = 'pg_class'::regclass
              JOIN pg_class t ON t.oid = d.refobjid AND t.oid <> v.oid
              JOIN pg_roles o ON o.oid = v.relowner
             WHERE v.relkind IN ('v', 'm') AND t.oid = ANY (%s)
               AND has_table_privilege(?, v.oid, 'SELECT')
               AND (v.relkind = 'm' OR (
                    NOT coalesce((SELECT option_value::bool FROM pg_options_to_table(v.reloptions)
                                   WHERE option_name = 'security_invoker'), false)
                    AND (o.rolsuper OR o.rolbypassrls OR NOT t.relrowsecurity
                         OR (pg_has_role(v.relowner, t.relowner, 'MEMBER') AND NOT t.relforcerowsecurity))))
             ORDER BY 1, 3""";

    /** SECURITY DEFINER functions the app can execute whose owner bypasses RLS on a tenant table: function, owner. */
    public static final String DEFINER_FUNCTIONS = """
            SELECT p.oid::regprocedure::text, o.rolname FROM pg_proc p
              JOIN pg_roles o ON o.oid = p.proowner JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND has_function_privilege(?, p.oid, 'EXECUTE')
               AND (o.rolsuper OR o.rolbypassrls OR EXISTS (SELECT 1 FROM pg_class t WHERE t.oid = ANY (%s)
                    AND NOT t.relforcerowsecurity AND pg_has_role(p.proowner, t.relowner, 'MEMBER')))
             ORDER BY 1""";

    /** Partitions and inheritance children of tenant tables with RLS, without their own, the app can use. */
    public static final String CHILDREN_WITHOUT_RLS = """
            SELECT c.oid::regclass::text, i.inhparent::regclass::text
              FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class par ON par.oid = i.inhparent
             WHERE par.oid = ANY (%1$s) AND par.relrowsecurity AND NOT c.relrowsecurity
               AND has_table_privilege(?, c.oid, 'SELECT, INSERT, UPDATE, DELETE')
             ORDER BY 1""";

    /** TRUNCATE, REFERENCES and TRIGGER held by the app on tenant tables with RLS: table, privilege. */
    public static final String BYPASSING_PRIVILEGES = """
            SELECT c.oid::regclass::text, p.priv FROM pg_class c
             CROSS JOIN unnest(ARRAY['TRUNCATE', 'REFERENCES', 'TRIGGER']) AS p(priv)
             WHERE c.oid = ANY (%s) AND c.relrowsecurity AND has_table_privilege(?, c.oid, p.priv)
             ORDER BY 1, 2""";

    /**
     * Unique indexes of tenant tables with RLS without the tenant column, except those on generated keys only (identity or
     * defaulted columns, which clients do not choose): index, table, tenant column.
     */
    public static final String UNIQUE_WITHOUT_TENANT = """
            SELECT i.indexrelid::regclass::text, c.oid::regclass::text, t.col
              FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
              JOIN unnest(%s, ?::text[]) AS t(tab, col) ON t.tab = c.oid
             WHERE i.indisunique AND c.relrowsecurity
               AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = t.col
                                  AND a.attnum = ANY (i.indkey::int2[]))
               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                              AND a.attnum = ANY (i.indkey::int2[]) AND a.attidentity = '' AND NOT a.atthasdef)
             ORDER BY 1""";

    /** Foreign keys between tenant tables that leave the tenant column out: constraint, from, to, tenant column. */
    public static final String FOREIGN_KEYS_WITHOUT_TENANT = """
            SELECT con.conname, con.conrelid::regclass::text, con.confrelid::regclass::text, t.col
              FROM pg_constraint con
              JOIN unnest(%1$s, ?::text[]) AS t(tab, col) ON t.tab = con.conrelid
             WHERE con.contype = 'f' AND con.confrelid = ANY (%1$s) AND con.conparentid = 0
               AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attname = t.col
                                  AND a.attnum = ANY (con.conkey))
             ORDER BY 1, 2""";

    private Queries() {
    }
}
