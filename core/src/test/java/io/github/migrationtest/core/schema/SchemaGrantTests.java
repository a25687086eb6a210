package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grants on tables, columns, sequences, functions and schemas: what is captured, changes that must show and no-ops
 * that must not. The grantees are predefined roles, which every server has, so no test creates a role.
 */
class SchemaGrantTests {

    private static final String GRANTS = """
            GRANT SELECT, UPDATE ON orders TO pg_monitor;
            GRANT SELECT ON orders TO pg_signal_backend WITH GRANT OPTION;
            GRANT UPDATE (total) ON orders TO pg_signal_backend;
            GRANT USAGE ON SEQUENCE invoice_numbers TO pg_monitor;
            """;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void capturesGrantsLeavingOutTheOwnersDefaults(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, SHOP + GRANTS);

        // PUBLIC's defaults are captured: EXECUTE on functions, and on the public schema what the major gives it.
        GrantSnapshot publicSchema = major >= 15
                ? new GrantSnapshot("schema", "public", "public", List.of("USAGE"), List.of())
                : new GrantSnapshot("schema", "public", "public", List.of("CREATE", "USAGE"), List.of());
        assertThat(snapshot.grants()).containsExactly(
                publicSchema,
                new GrantSnapshot("sequence", "public.invoice_numbers", "pg_monitor", List.of("USAGE"), List.of()),
                new GrantSnapshot("function", "public.order_count(bigint)", "public", List.of("EXECUTE"), List.of()),
                new GrantSnapshot("table", "public.orders", "pg_monitor", List.of("SELECT", "UPDATE"), List.of()),
                new GrantSnapshot("table", "public.orders", "pg_signal_backend", List.of("SELECT"),
                        List.of("SELECT")),
                new GrantSnapshot("column", "public.orders.total", "pg_signal_backend", List.of("UPDATE"),
                        List.of()),
                new GrantSnapshot("function", "public.touch_updated_at()", "public", List.of("EXECUTE"), List.of()));
        assertThat(snapshot.grants()).extracting(SchemaObject::path).contains("public.orders to pg_monitor");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void grantedAndRevokedPrivileges(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + GRANTS, """
                GRANT INSERT ON orders TO pg_monitor WITH GRANT OPTION;
                REVOKE GRANT OPTION FOR SELECT ON orders FROM pg_signal_backend;
                REVOKE EXECUTE ON FUNCTION order_count(bigint) FROM PUBLIC;
                GRANT USAGE ON SCHEMA public TO pg_monitor;
                GRANT SELECT (email), REFERENCES (email) ON users TO pg_monitor;
                REVOKE ALL ON SEQUENCE invoice_numbers FROM pg_monitor;
                """);

        assertThat(diff.lines()).containsExactly(
                "+ grant public to pg_monitor: USAGE on schema",
                "- grant public.invoice_numbers to pg_monitor: USAGE on sequence",
                "- grant public.order_count(bigint) to public: EXECUTE on function",
                "public.orders to pg_monitor: privileges ('SELECT', 'UPDATE') → ('INSERT', 'SELECT', 'UPDATE')",
                "public.orders to pg_monitor: with grant option () → ('INSERT')",
                "public.orders to pg_signal_backend: with grant option ('SELECT') → ()",
                "+ grant public.users.email to pg_monitor: REFERENCES, SELECT on column");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void grantWithGrantOptionOnAddedView(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                CREATE VIEW big_orders AS SELECT id FROM orders WHERE total > 100;
                GRANT SELECT ON big_orders TO pg_monitor WITH GRANT OPTION;
                """);

        assertThat(diff.lines()).containsExactly(
                "+ view public.big_orders: SELECT orders.id FROM public.orders WHERE (orders.total > (100)::numeric);"
                        .replace(major >= 16 ? "orders." : "\0", ""),
                "+ grant public.big_orders to pg_monitor: SELECT WITH GRANT OPTION on view");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void regrantingAndGrantingTheOwnerItsOwnPrivilegesChangeNothing(int major) throws SQLException {
        // On PostgreSQL 15 and later pg_database_owner owns the public schema, so granting on it to the current
        // user would be a real grant: the schema granted on is one the current user owns.
        SchemaDiff diff = diff(major, SHOP + GRANTS + "CREATE SCHEMA billing;", """
                GRANT SELECT, UPDATE ON orders TO pg_monitor;
                REVOKE UPDATE (total) ON orders FROM pg_signal_backend;
                GRANT UPDATE (total) ON orders TO pg_signal_backend;
                GRANT EXECUTE ON FUNCTION order_count(bigint) TO PUBLIC;
                GRANT ALL ON users TO CURRENT_USER;
                GRANT ALL ON SCHEMA billing TO CURRENT_USER;
                GRANT ALL ON FUNCTION touch_updated_at() TO CURRENT_USER;
                """);

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void defaultPrivileges(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO pg_monitor;
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO pg_monitor WITH GRANT OPTION;
                ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
                """);

        // The entry for every schema holds the whole default: the creating role's EXECUTE, PUBLIC's gone.
        assertThat(diff.lines()).containsExactly(
                "+ default privileges for postgres in public on sequences to pg_monitor: USAGE WITH GRANT OPTION",
                "+ default privileges for postgres in public on tables to pg_monitor: SELECT",
                "+ default privileges for postgres on functions to postgres: EXECUTE");
        assertThat(diff.added()).first().isEqualTo(new DefaultPrivilegeSnapshot("postgres", Optional.of("public"),
                "sequences", "pg_monitor", List.of("USAGE"), List.of("USAGE")));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void defaultPrivilegesWidenedAndRevoked(int major) throws SQLException {
        String defaults = "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO pg_monitor;";
        SchemaDiff diff = diff(major, SHOP + defaults, defaults + """
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT ON TABLES TO pg_monitor;
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO pg_signal_backend;
                ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM pg_signal_backend;
                """);

        assertThat(diff.lines()).containsExactly("for postgres in public on tables to pg_monitor:"
                + " privileges ('SELECT') → ('INSERT', 'SELECT')");
    }
}
