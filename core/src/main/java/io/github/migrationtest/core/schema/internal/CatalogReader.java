package io.github.migrationtest.core.schema.internal;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.CommentSnapshot;
import io.github.migrationtest.core.schema.CompositeTypeSnapshot;
import io.github.migrationtest.core.schema.ConstraintSnapshot;
import io.github.migrationtest.core.schema.DomainSnapshot;
import io.github.migrationtest.core.schema.DefaultPrivilegeSnapshot;
import io.github.migrationtest.core.schema.EnumTypeSnapshot;
import io.github.migrationtest.core.schema.ExtensionSnapshot;
import io.github.migrationtest.core.schema.FunctionSnapshot;
import io.github.migrationtest.core.schema.GrantSnapshot;
import io.github.migrationtest.core.schema.IndexSnapshot;
import io.github.migrationtest.core.schema.NamespaceSnapshot;
import io.github.migrationtest.core.schema.PolicySnapshot;
import io.github.migrationtest.core.schema.SchemaObject;
import io.github.migrationtest.core.schema.SequenceSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import io.github.migrationtest.core.schema.TriggerSnapshot;
import io.github.migrationtest.core.schema.ViewSnapshot;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a schema snapshot's objects with one plain catalog query per kind, all sent in one round trip. */
public final class CatalogReader {

    /** The system schemas; temporary schemas are {@code pg_temp_N} and {@code pg_toast_temp_N}. */
    private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
            + " AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'";

    /**
     * FirstNormalObjectId: every object made after initdb has an OID from here on, and the one object of a user schema
     * that initdb makes is the public schema itself. Bounding the OID lets a query read the user's rows of pg_proc and
     * pg_type by index instead of scanning thousands of system rows. Only there: on pg_class, pg_attribute and the
     * catalogs joined to them, the planner's estimate for the bound (from catalog statistics that lag behind DDL) was
     * far too low, and its index scans and nested loops made the 60-table capture twice as slow.
     */
    private static final int FIRST_USER_OID = 16384;

    private static final String SCHEMAS = "SELECT n.nspname, pg_get_userbyid(n.nspowner) FROM pg_namespace n WHERE "
            + USER_SCHEMA
            + notInExtension("pg_namespace", "n.oid");

    // pg_get_partkeydef is null for a table that is not partitioned. A partition has exactly one pg_inherits row,
    // its parent; plain inheritance (relispartition false) is not partitioning and is not read here.
    private static final String TABLES = "SELECT n.nspname, c.relname, c.relkind, c.relpersistence, c.relrowsecurity,"
            + " c.relforcerowsecurity, pg_get_userbyid(c.relowner), pg_get_partkeydef(c.oid),"
            + " CASE WHEN c.relispartition THEN (SELECT pn.nspname || '.' || p.relname FROM pg_inherits i"
            + " JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace"
            + " WHERE i.inhrelid = c.oid) END,"
            + " CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'f') AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid");

    // The position counts live columns only, so adding and then dropping a column leaves the others' positions alone.
    // attgenerated is 's' (stored) since PostgreSQL 12 and also 'v' (virtual) since 18; its expression is in adbin.
    private static final String COLUMNS = "SELECT n.nspname, c.relname, a.attname,"
            + " row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum),"
            + " format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity,"
            + " a.attgenerated, CASE WHEN a.attcollation <> t.typcollation THEN"
            + " quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END"
            + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " LEFT JOIN pg_collation co ON co.oid = a.attcollation LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace"
            + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid");

    // A foreign key that references a partitioned table has one extra pg_constraint row per referenced partition, on
    // the same table and with the same name, whose parent is the constraint itself: those are left out.
    private static final String CONSTRAINTS = "SELECT n.nspname, c.relname, con.conname, con.contype,"
            + " pg_get_constraintdef(con.oid), con.convalidated, con.condeferrable, con.condeferred, {enforced}"
            + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMA
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint p WHERE p.oid = con.conparentid"
            + " AND p.conrelid = con.conrelid)" + notInExtension("pg_class", "c.oid");

    private static final String INDEXES = "SELECT n.nspname, i.relname, tn.nspname, t.relname,"
            + " pg_get_indexdef(i.oid), x.indisunique, x.indisprimary, x.indisvalid, pg_get_expr(x.indpred, x.indrelid)"
            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace"
            + " JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace WHERE " + USER_SCHEMA
            + notInExtension("pg_class", "t.oid");

    // deptype 'a' links a serial's or OWNED BY sequence to its column, 'i' an identity column's sequence.
    // {lastValue} is NULL unless sequence values are asked for (see read()).
    private static final String SEQUENCES = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart,"
            + " s.seqincrement, s.seqmin, s.seqmax, s.seqcycle, o.nspname, o.relname, o.attname,"
            + " pg_get_userbyid(c.relowner), {lastValue}"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN LATERAL (SELECT tn.nspname, t.relname, a.attname FROM pg_depend d"
            + " JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace"
            + " JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
            + " WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass"
            + " AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0 LIMIT 1) o ON true WHERE " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid");

    private static final String VIEWS = "SELECT n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid),"
            + " c.reloptions, pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('v', 'm') AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid");

    private static final String ENUM_TYPES = "SELECT n.nspname, t.typname,"
            + " array_agg(e.enumlabel::text ORDER BY e.enumsortorder), pg_get_userbyid(t.typowner) FROM pg_type t"
            + " JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid"
            + " WHERE " + USER_SCHEMA + made("t.oid") + notInExtension("pg_type", "t.oid")
            + " GROUP BY n.nspname, t.typname, t.typowner";

    // The argument types name the overload; prosrc is the body exactly as written, so it is stable across
    // re-creation. A SQL-standard body (PostgreSQL 14 on) has an empty prosrc and its parse tree in prosqlbody.
    private static final String FUNCTIONS = "SELECT n.nspname, p.proname, oidvectortypes(p.proargtypes), p.prokind,"
            + " pg_get_function_arguments(p.oid), pg_get_function_result(p.oid), l.lanname, p.provolatile,"
            + " p.proisstrict, p.prosecdef, p.proleakproof, p.proparallel, p.proconfig, {body},"
            + " pg_get_userbyid(p.proowner) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " JOIN pg_language l ON l.oid = p.prolang WHERE " + USER_SCHEMA
            + made("p.oid") + notInExtension("pg_proc", "p.oid");

    // Internal triggers implement foreign keys (and deferred unique constraints); those are captured as constraints.
    private static final String TRIGGERS = "SELECT n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid),"
            + " t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid");

    // Role 0 in polroles stands for PUBLIC.
    private static final String POLICIES = "SELECT n.nspname, c.relname, p.polname, p.polcmd, p.polpermissive,"
            + " ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END"
            + " FROM unnest(p.polroles) r),"
            + " pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)"
            + " FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + USER_SCHEMA + notInExtension("pg_class", "c.oid");

    // One row per object and grantee. A null ACL means the type's default (acldefault), which is what the object
    // grants, so it is exploded too; the owner's own default privileges are left out, so that granting to another
    // role (which writes the ACL out, owner included) adds that role's grant only. The defaults of relations and
    // schemas grant the owner alone, so a null ACL there gives no row and is not read. The columns with an ACL are
    // found first (the fence, OFFSET 0), so that the planner does not look one up per column. Relations come first so that a
    // relation's name is the third column, by which history tables are left out.
    private static final String GRANTS = "SELECT o.on_type, o.object, o.rel,"
            + " CASE WHEN g.grantee = 0 THEN 'public' ELSE pg_get_userbyid(g.grantee)::text END,"
            + " array_agg(DISTINCT g.privilege_type ORDER BY g.privilege_type),"
            + " array_agg(DISTINCT g.privilege_type ORDER BY g.privilege_type) FILTER (WHERE g.is_grantable) FROM ("
            + "SELECT CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'"
            + " WHEN 'f' THEN 'foreign table' ELSE 'table' END AS on_type, n.nspname || '.' || c.relname AS object,"
            + " c.relname::text AS rel, c.relowner AS owner,"
            + " acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner) AS dflt,"
            + " c.relacl AS acl FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S') AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid")
            + " UNION ALL SELECT 'column', n.nspname || '.' || c.relname || '.' || a.attname, c.relname::text,"
            + " c.relowner, NULL, a.attacl FROM (SELECT a.attrelid, a.attname, a.attacl FROM pg_attribute a"
            + " WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped OFFSET 0)"
            + " a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + USER_SCHEMA + notInExtension("pg_class", "c.oid")
            + " UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,"
            + " n.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')', NULL, p.proowner,"
            + " acldefault('f', p.proowner), p.proacl FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE " + USER_SCHEMA + made("p.oid") + notInExtension("pg_proc", "p.oid")
            + " UNION ALL SELECT 'schema', n.nspname, NULL, n.nspowner, acldefault('n', n.nspowner), n.nspacl"
            + " FROM pg_namespace n WHERE n.nspacl IS NOT NULL AND " + USER_SCHEMA
            + notInExtension("pg_namespace", "n.oid") + ") o, aclexplode(coalesce(o.acl, o.dflt)) g"
            + " WHERE NOT (g.grantee = o.owner AND EXISTS (SELECT 1 FROM aclexplode(o.dflt) d"
            + " WHERE d.grantee = o.owner AND d.privilege_type = g.privilege_type AND d.is_grantable = g.is_grantable))"
            + " GROUP BY o.on_type, o.object, o.rel, g.grantee";

    // defaclnamespace 0 means every schema. The ACL is taken as stored (see DefaultPrivilegeSnapshot).
    private static final String DEFAULT_PRIVILEGES = "SELECT pg_get_userbyid(a.defaclrole), n.nspname,"
            + " CASE a.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'"
            + " WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas' ELSE a.defaclobjtype::text END,"
            + " CASE WHEN g.grantee = 0 THEN 'public' ELSE pg_get_userbyid(g.grantee)::text END,"
            + " array_agg(DISTINCT g.privilege_type ORDER BY g.privilege_type),"
            + " array_agg(DISTINCT g.privilege_type ORDER BY g.privilege_type) FILTER (WHERE g.is_grantable)"
            + " FROM pg_default_acl a LEFT JOIN pg_namespace n ON n.oid = a.defaclnamespace,"
            + " aclexplode(a.defaclacl) g GROUP BY a.defaclrole, n.nspname, a.defaclobjtype, g.grantee";

    private static final String EXTENSIONS = "SELECT x.extname, x.extversion, n.nspname FROM pg_extension x"
            + " JOIN pg_namespace n ON n.oid = x.extnamespace";

    // Only CHECK constraints: PostgreSQL 17 also records a domain's NOT NULL as a constraint, which typnotnull says
    // on every major. The default is deparsed from typdefaultbin, not taken from typdefault, which was written with
    // the search_path of CREATE DOMAIN.
    private static final String DOMAINS = "SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod),"
            + " t.typnotnull, pg_get_expr(t.typdefaultbin, 0),"
            + " ARRAY(SELECT c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c"
            + " WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname), pg_get_userbyid(t.typowner)"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'd' AND " + USER_SCHEMA
            + made("t.oid") + notInExtension("pg_type", "t.oid");

    // relkind 'c' is a type made by CREATE TYPE ... AS; every table, view and sequence also has a row type.
    private static final String COMPOSITE_TYPES = "SELECT n.nspname, t.typname, ARRAY(SELECT a.attname || ' '"
            + " || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attcollation <> at.typcollation"
            + " THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END FROM pg_attribute a"
            + " JOIN pg_type at ON at.oid = a.atttypid WHERE a.attrelid = t.typrelid AND a.attnum > 0"
            + " AND NOT a.attisdropped ORDER BY a.attnum), pg_get_userbyid(t.typowner) FROM pg_type t"
            + " JOIN pg_class c ON c.oid = t.typrelid"
            + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'c' AND c.relkind = 'c' AND "
            + USER_SCHEMA + made("t.oid") + notInExtension("pg_type", "t.oid");

    // One branch per catalog a comment can be on; each names the object as its own kind's path does. The third
    // column is the table a comment belongs to, by which history tables are left out. Each branch starts from the
    // few comments on objects made after initdb (FIRST_USER_OID, and the public schema), so that the branches look up
    // the commented objects instead of listing all.
    private static final String COMMENTS = "WITH d AS MATERIALIZED (SELECT classoid, objoid, objsubid, description"
            + " FROM pg_description WHERE objoid >= " + FIRST_USER_OID + " OR classoid = 'pg_namespace'::regclass)"
            + " SELECT CASE c.relkind WHEN 'v' THEN 'view'"
            + " WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' WHEN 'I' THEN 'index'"
            + " WHEN 'f' THEN 'foreign table' ELSE 'table' END, n.nspname || '.' || c.relname, c.relname::text,"
            + " d.description FROM d JOIN pg_class c ON c.oid = d.objoid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE d.classoid = 'pg_class'::regclass AND d.objsubid = 0 AND c.relkind <> 'c' AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid")
            + " UNION ALL SELECT 'column', n.nspname || '.' || c.relname || '.' || a.attname, c.relname::text,"
            + " d.description FROM d JOIN pg_attribute a ON a.attrelid = d.objoid AND a.attnum = d.objsubid"
            + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE d.classoid = 'pg_class'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid")
            + " UNION ALL SELECT CASE WHEN con.contypid <> 0 THEN 'domain constraint' ELSE 'constraint' END,"
            + " n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || con.conname, c.relname::text,"
            + " d.description FROM d JOIN pg_constraint con ON con.oid = d.objoid"
            + " LEFT JOIN pg_class c ON c.oid = con.conrelid LEFT JOIN pg_type t ON t.oid = con.contypid"
            + " JOIN pg_namespace n ON n.oid = con.connamespace"
            + " WHERE d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0 AND " + USER_SCHEMA
            + " UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,"
            + " n.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')', NULL, d.description"
            + " FROM d JOIN pg_proc p ON p.oid = d.objoid JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE d.classoid = 'pg_proc'::regclass AND d.objsubid = 0 AND " + USER_SCHEMA
            + notInExtension("pg_proc", "p.oid")
            + " UNION ALL SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, n.nspname || '.' || t.typname,"
            + " NULL, d.description FROM d JOIN pg_type t ON t.oid = d.objoid"
            + " JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE d.classoid = 'pg_type'::regclass AND d.objsubid = 0 AND " + USER_SCHEMA
            + notInExtension("pg_type", "t.oid")
            + " UNION ALL SELECT 'schema', n.nspname, NULL, d.description FROM d"
            + " JOIN pg_namespace n ON n.oid = d.objoid"
            + " WHERE d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0 AND " + USER_SCHEMA
            + notInExtension("pg_namespace", "n.oid")
            + " UNION ALL SELECT 'trigger', n.nspname || '.' || c.relname || '.' || tg.tgname, c.relname::text,"
            + " d.description FROM d JOIN pg_trigger tg ON tg.oid = d.objoid JOIN pg_class c ON c.oid = tg.tgrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE d.classoid = 'pg_trigger'::regclass AND d.objsubid = 0 AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid")
            + " UNION ALL SELECT 'policy', n.nspname || '.' || c.relname || '.' || pol.polname, c.relname::text,"
            + " d.description FROM d JOIN pg_policy pol ON pol.oid = d.objoid JOIN pg_class c ON c.oid = pol.polrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE d.classoid = 'pg_policy'::regclass AND d.objsubid = 0 AND " + USER_SCHEMA
            + notInExtension("pg_class", "c.oid");

    private final Connection connection;
    private final Set<String> excludedTables;
    private final boolean sequenceValues;

    /**
     * A reader over the given connection that leaves sequences' current values out.
     *
     * @param connection the connection, left open
     * @param excludedTables names of tables left out, with everything that belongs to them, in any schema
     */
    public CatalogReader(Connection connection, Set<String> excludedTables) {
        this(connection, excludedTables, false);
    }

    /**
     * A reader over the given connection.
     *
     * @param connection the connection, left open
     * @param excludedTables names of tables left out, with everything that belongs to them, in any schema
     * @param sequenceValues whether to read sequences' last values
     */
    public CatalogReader(Connection connection, Set<String> excludedTables, boolean sequenceValues) {
        this.connection = connection;
        this.excludedTables = Set.copyOf(excludedTables);
        this.sequenceValues = sequenceValues;
    }

    /**
     * Reads every object.
     *
     * @return the objects, unsorted
     * @throws SQLException if a query fails
     */
    public List<SchemaObject> read() throws SQLException {
        // The deparsing functions (format_type, pg_get_expr, pg_get_constraintdef, pg_get_viewdef, regclass output)
        // leave out the schema of objects on the search_path; with pg_catalog alone, they always write it, so the
        // snapshot does not depend on the caller's search_path. The fence (OFFSET 0) reads it before it is set.
        String searchPath = single("SELECT s, set_config('search_path', 'pg_catalog', false)"
                + " FROM (SELECT current_setting('search_path') AS s OFFSET 0) saved");
        List<SchemaObject> objects = new ArrayList<>();
        int major = connection.getMetaData().getDatabaseMajorVersion();
        // pg_constraint.conenforced (NOT ENFORCED constraints) exists from PostgreSQL 18 on; before, all are enforced.
        String enforced = major >= 18 ? "con.conenforced" : "true";
        // pg_proc.prosqlbody and pg_get_function_sqlbody exist from PostgreSQL 14 on.
        String body = major >= 14
                ? "CASE WHEN p.prosqlbody IS NULL THEN p.prosrc ELSE pg_get_function_sqlbody(p.oid) END" : "p.prosrc";
        // pg_sequence_last_value (PostgreSQL 10 on) reads every value in this one query, where SELECT last_value
        // would take a statement per sequence; it fails without SELECT or USAGE, so such a sequence reads as null.
        String lastValue = sequenceValues
                ? "CASE WHEN has_sequence_privilege(c.oid, 'SELECT,USAGE') THEN pg_sequence_last_value(c.oid) END"
                : "NULL::bigint";
        List<Query> queries = List.of(new Query(SCHEMAS, this::schemas), new Query(TABLES, this::tables),
                new Query(COLUMNS, this::columns),
                new Query(CONSTRAINTS.replace("{enforced}", enforced), this::constraints),
                new Query(INDEXES, this::indexes),
                new Query(SEQUENCES.replace("{lastValue}", lastValue), this::sequences),
                new Query(VIEWS, this::views), new Query(ENUM_TYPES, this::enumTypes),
                new Query(FUNCTIONS.replace("{body}", body), this::functions), new Query(TRIGGERS, this::triggers),
                new Query(POLICIES, this::policies), new Query(GRANTS, this::grants),
                new Query(DEFAULT_PRIVILEGES, this::defaultPrivileges), new Query(EXTENSIONS, this::extensions),
                new Query(DOMAINS, this::domains), new Query(COMPOSITE_TYPES, this::compositeTypes),
                new Query(COMMENTS, this::comments));
        try {
            QueryBatch.run(connection, queries, objects);
        } catch (SQLException | RuntimeException failure) {
            // The query's failure is what the caller needs to see; a failed restore (say, in an aborted
            // transaction) only comes along with it.
            try {
                setSearchPath(searchPath);
            } catch (SQLException restoreFailure) {
                failure.addSuppressed(restoreFailure);
            }
            throw failure;
        }
        setSearchPath(searchPath);
        return objects;
    }

    private void setSearchPath(String searchPath) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            statement.setString(1, searchPath);
            statement.execute();
        }
    }

    private String single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void schemas(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            objects.add(new NamespaceSnapshot(rs.getString(1), rs.getString(2)));
        }
    }

    private void tables(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            if (excludedTables.contains(rs.getString(2))) {
                continue;
            }
            TableSnapshot.Type type = switch (rs.getString(3)) {
                case "p" -> TableSnapshot.Type.PARTITIONED;
                case "f" -> TableSnapshot.Type.FOREIGN;
                default -> TableSnapshot.Type.ORDINARY;
            };
            TableSnapshot.Persistence persistence = "u".equals(rs.getString(4))
                    ? TableSnapshot.Persistence.UNLOGGED : TableSnapshot.Persistence.PERMANENT;
            objects.add(new TableSnapshot(rs.getString(1), rs.getString(2), type, persistence, rs.getBoolean(5),
                    rs.getBoolean(6), rs.getString(7), Optional.ofNullable(rs.getString(8)),
                    Optional.ofNullable(rs.getString(9)), Optional.ofNullable(rs.getString(10))));
        }
    }

    private void columns(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            if (excludedTables.contains(rs.getString(2))) {
                continue;
            }
            String expression = rs.getString(7);
            String generated = rs.getString(9);
            boolean isGenerated = generated != null && !generated.isEmpty();
            ColumnSnapshot.Identity identity = switch (rs.getString(8)) {
                case "a" -> ColumnSnapshot.Identity.ALWAYS;
                case "d" -> ColumnSnapshot.Identity.BY_DEFAULT;
                default -> ColumnSnapshot.Identity.NONE;
            };
            objects.add(new ColumnSnapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                    rs.getString(5), rs.getBoolean(6),
                    isGenerated ? Optional.empty() : Optional.ofNullable(expression), identity,
                    isGenerated ? Optional.of(expression + ("v".equals(generated) ? " VIRTUAL" : " STORED"))
                            : Optional.empty(),
                    Optional.ofNullable(rs.getString(10))));
        }
    }

    private void constraints(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            if (excludedTables.contains(rs.getString(2))) {
                continue;
            }
            ConstraintSnapshot.Type type = switch (rs.getString(4)) {
                case "p" -> ConstraintSnapshot.Type.PRIMARY_KEY;
                case "f" -> ConstraintSnapshot.Type.FOREIGN_KEY;
                case "u" -> ConstraintSnapshot.Type.UNIQUE;
                case "x" -> ConstraintSnapshot.Type.EXCLUSION;
                case "n" -> ConstraintSnapshot.Type.NOT_NULL;
                case "t" -> ConstraintSnapshot.Type.TRIGGER;
                default -> ConstraintSnapshot.Type.CHECK;
            };
            objects.add(new ConstraintSnapshot(rs.getString(1), rs.getString(2), rs.getString(3), type,
                    rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9)));
        }
    }

    private void indexes(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            if (excludedTables.contains(rs.getString(4))) {
                continue;
            }
            objects.add(new IndexSnapshot(rs.getString(1), rs.getString(2), rs.getString(3) + "." + rs.getString(4),
                    rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8),
                    Optional.ofNullable(rs.getString(9))));
        }
    }

    private void sequences(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            String owner = rs.getString(10);
            if (owner != null && excludedTables.contains(owner)) {
                continue;
            }
            Optional<String> ownedBy = owner == null ? Optional.empty()
                    : Optional.of(rs.getString(9) + "." + owner + "." + rs.getString(11));
            objects.add(new SequenceSnapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBoolean(8), ownedBy, rs.getString(12),
                    Optional.ofNullable(rs.getObject(13, Long.class))));
        }
    }

    private void views(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            objects.add(new ViewSnapshot(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                    strings(rs.getArray(5)), rs.getString(6)));
        }
    }

    private void enumTypes(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            objects.add(new EnumTypeSnapshot(rs.getString(1), rs.getString(2), strings(rs.getArray(3)),
                    rs.getString(4)));
        }
    }

    private void functions(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            FunctionSnapshot.Type type = switch (rs.getString(4)) {
                case "p" -> FunctionSnapshot.Type.PROCEDURE;
                case "a" -> FunctionSnapshot.Type.AGGREGATE;
                case "w" -> FunctionSnapshot.Type.WINDOW;
                default -> FunctionSnapshot.Type.FUNCTION;
            };
            FunctionSnapshot.Volatility volatility = switch (rs.getString(8)) {
                case "i" -> FunctionSnapshot.Volatility.IMMUTABLE;
                case "s" -> FunctionSnapshot.Volatility.STABLE;
                default -> FunctionSnapshot.Volatility.VOLATILE;
            };
            FunctionSnapshot.Parallel parallel = switch (rs.getString(12)) {
                case "s" -> FunctionSnapshot.Parallel.SAFE;
                case "r" -> FunctionSnapshot.Parallel.RESTRICTED;
                default -> FunctionSnapshot.Parallel.UNSAFE;
            };
            objects.add(new FunctionSnapshot(rs.getString(1), rs.getString(2), rs.getString(3), type,
                    rs.getString(5), Optional.ofNullable(rs.getString(6)), rs.getString(7), volatility,
                    rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11), parallel, strings(rs.getArray(13)),
                    rs.getString(14), rs.getString(15)));
        }
    }

    private void triggers(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            if (excludedTables.contains(rs.getString(2))) {
                continue;
            }
            TriggerSnapshot.State state = switch (rs.getString(5)) {
                case "D" -> TriggerSnapshot.State.DISABLED;
                case "R" -> TriggerSnapshot.State.REPLICA;
                case "A" -> TriggerSnapshot.State.ALWAYS;
                default -> TriggerSnapshot.State.ENABLED;
            };
            objects.add(new TriggerSnapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    state));
        }
    }

    private void policies(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            if (excludedTables.contains(rs.getString(2))) {
                continue;
            }
            PolicySnapshot.Command command = switch (rs.getString(4)) {
                case "r" -> PolicySnapshot.Command.SELECT;
                case "a" -> PolicySnapshot.Command.INSERT;
                case "w" -> PolicySnapshot.Command.UPDATE;
                case "d" -> PolicySnapshot.Command.DELETE;
                default -> PolicySnapshot.Command.ALL;
            };
            objects.add(new PolicySnapshot(rs.getString(1), rs.getString(2), rs.getString(3), command,
                    rs.getBoolean(5), strings(rs.getArray(6)), Optional.ofNullable(rs.getString(7)),
                    Optional.ofNullable(rs.getString(8))));
        }
    }

    private void grants(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            String relation = rs.getString(3);
            if (relation != null && excludedTables.contains(relation)) {
                continue;
            }
            objects.add(new GrantSnapshot(rs.getString(1), rs.getString(2), rs.getString(4),
                    strings(rs.getArray(5)), strings(rs.getArray(6))));
        }
    }

    private void defaultPrivileges(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            objects.add(new DefaultPrivilegeSnapshot(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                    rs.getString(3), rs.getString(4), strings(rs.getArray(5)), strings(rs.getArray(6))));
        }
    }

    private void extensions(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            objects.add(new ExtensionSnapshot(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
    }

    private void domains(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            objects.add(new DomainSnapshot(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                    Optional.ofNullable(rs.getString(5)), strings(rs.getArray(6)), rs.getString(7)));
        }
    }

    private void compositeTypes(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            objects.add(new CompositeTypeSnapshot(rs.getString(1), rs.getString(2), strings(rs.getArray(3)),
                    rs.getString(4)));
        }
    }

    private void comments(ResultSet rs, List<SchemaObject> objects) throws SQLException {
        while (rs.next()) {
            String relation = rs.getString(3);
            if (relation != null && excludedTables.contains(relation)) {
                continue;
            }
            objects.add(new CommentSnapshot(rs.getString(1), rs.getString(2), rs.getString(4)));
        }
    }

    /** A condition keeping the objects made after initdb (see {@link #FIRST_USER_OID}), by the given OID column. */
    private static String made(String oid) {
        return " AND " + oid + " >= " + FIRST_USER_OID;
    }

    /**
     * A condition leaving out the objects that belong to an extension (deptype 'e'): the extension stands for them,
     * and its version says which they are.
     */
    private static String notInExtension(String catalog, String oid) {
        return " AND NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = '" + catalog + "'::regclass"
                + " AND ext.objid = " + oid + " AND ext.deptype = 'e')";
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
