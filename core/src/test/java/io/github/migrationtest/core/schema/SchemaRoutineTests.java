package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.ORDER_COUNT;
import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.TENANT_ISOLATION;
import static io.github.migrationtest.core.schema.SchemaFixtures.TOUCH_UPDATED_AT;
import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Functions, procedures, triggers and policies: what is captured, changes that must show and no-ops that must not. */
class SchemaRoutineTests {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void capturesFunctionsTriggersAndPolicies(int major) throws SQLException {
        SchemaSnapshot snapshot = snapshot(major, SHOP);

        assertThat(snapshot.functions()).containsExactly(
                new FunctionSnapshot("public", "order_count", "bigint", FunctionSnapshot.Type.FUNCTION,
                        "p_user bigint", Optional.of("bigint"), "sql", FunctionSnapshot.Volatility.STABLE, false,
                        false, false, FunctionSnapshot.Parallel.UNSAFE, List.of(),
                        " SELECT count(*) FROM orders WHERE user_id = p_user ", "postgres"),
                new FunctionSnapshot("public", "touch_updated_at", "", FunctionSnapshot.Type.FUNCTION, "",
                        Optional.of("trigger"), "plpgsql", FunctionSnapshot.Volatility.VOLATILE, false, false, false,
                        FunctionSnapshot.Parallel.UNSAFE, List.of(),
                        "\nBEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND\n", "postgres"));
        assertThat(snapshot.functions()).extracting(SchemaObject::path)
                .containsExactly("public.order_count(bigint)", "public.touch_updated_at()");
        // The foreign key's internal triggers are left out.
        assertThat(snapshot.triggers()).containsExactly(new TriggerSnapshot("public", "orders",
                "orders_touch_updated_at", "CREATE TRIGGER orders_touch_updated_at BEFORE UPDATE ON public.orders"
                        + " FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at()",
                TriggerSnapshot.State.ENABLED));
        assertThat(snapshot.policies()).containsExactly(new PolicySnapshot("public", "orders", "tenant_isolation",
                PolicySnapshot.Command.ALL, true, List.of("public"),
                Optional.of("(user_id = (current_setting('app.user_id'::text))::bigint)"), Optional.empty()));
        assertThat(snapshot.policies()).extracting(SchemaObject::path)
                .containsExactly("public.orders.tenant_isolation");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void functionAttributes(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER FUNCTION order_count(bigint) IMMUTABLE STRICT SECURITY DEFINER"
                + " LEAKPROOF PARALLEL SAFE SET search_path = public");

        assertThat(diff.lines()).containsExactly(
                "public.order_count(bigint): volatility stable → immutable",
                "public.order_count(bigint): strict false → true",
                "public.order_count(bigint): security definer false → true",
                "public.order_count(bigint): leakproof false → true",
                "public.order_count(bigint): parallel unsafe → safe",
                "public.order_count(bigint): settings () → ('search_path=public')");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void functionBodyReplaced(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.updated_at := clock_timestamp();
                    RETURN NEW;
                END
                $$;
                """);

        assertThat(diff.lines()).containsExactly("public.touch_updated_at(): body BEGIN NEW.updated_at := now();"
                + " RETURN NEW; END → BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void addedOverloadProcedureAndAggregate(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                CREATE FUNCTION order_count(p_user bigint, p_min numeric DEFAULT 0) RETURNS bigint LANGUAGE sql
                    AS $$ SELECT count(*) FROM public.orders WHERE user_id = p_user AND total >= p_min $$;
                CREATE PROCEDURE archive_orders(p_before timestamptz) LANGUAGE sql
                    AS $$ DELETE FROM public.orders WHERE updated_at < p_before $$;
                CREATE AGGREGATE total_of(numeric) (SFUNC = numeric_add, STYPE = numeric);
                """);

        // Each comes with PUBLIC's default EXECUTE, a grant of its own.
        assertThat(diff.lines()).containsExactly(
                "+ function public.archive_orders(timestamp with time zone): procedure language sql",
                "+ grant public.archive_orders(timestamp with time zone) to public: EXECUTE on procedure",
                "+ function public.order_count(bigint, numeric): returns bigint language sql",
                "+ grant public.order_count(bigint, numeric) to public: EXECUTE on function",
                "+ function public.total_of(numeric): aggregate returns numeric language internal",
                "+ grant public.total_of(numeric) to public: EXECUTE on function");
        assertThat(diff.added()).filteredOn(o -> o.path().equals("public.order_count(bigint, numeric)"))
                .extracting(o -> o.properties().get("arguments"))
                .containsExactly("p_user bigint, p_min numeric DEFAULT 0");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void functionResultAndArgumentDefault(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                DROP FUNCTION order_count(bigint);
                CREATE FUNCTION order_count(p_user bigint DEFAULT 1) RETURNS numeric LANGUAGE sql STABLE
                    AS $$ SELECT count(*) FROM orders WHERE user_id = p_user $$;
                """);

        assertThat(diff.lines()).containsExactly(
                "public.order_count(bigint): arguments p_user bigint → p_user bigint DEFAULT 1",
                "public.order_count(bigint): result bigint → numeric");
    }

    @Test
    void sqlStandardBodyOnPostgres18() throws SQLException {
        String function = "CREATE FUNCTION add_one(i integer) RETURNS integer LANGUAGE sql IMMUTABLE"
                + " BEGIN ATOMIC SELECT i + 1; END;";
        SchemaDiff diff = diff(18, SHOP + function, "DROP FUNCTION add_one(integer);"
                + function.replace("i + 1", "i + 2"));

        assertThat(diff.lines()).containsExactly(
                "public.add_one(integer): body BEGIN ATOMIC SELECT (i + 1); END → BEGIN ATOMIC SELECT (i + 2); END");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void triggerRedefinedAndEnabledAlways(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                DROP TRIGGER orders_touch_updated_at ON orders;
                CREATE TRIGGER orders_touch_updated_at BEFORE INSERT OR UPDATE ON orders
                    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
                ALTER TABLE orders ENABLE ALWAYS TRIGGER orders_touch_updated_at;
                """);

        assertThat(diff.lines()).containsExactly(
                "public.orders.orders_touch_updated_at: definition CREATE TRIGGER orders_touch_updated_at"
                        + " BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at()"
                        + " → CREATE TRIGGER orders_touch_updated_at BEFORE INSERT OR UPDATE ON public.orders"
                        + " FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at()",
                "public.orders.orders_touch_updated_at: state enabled → enabled always");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void droppedAndDisabledTriggers(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + "CREATE TRIGGER users_touch BEFORE UPDATE ON users"
                + " FOR EACH STATEMENT EXECUTE FUNCTION touch_updated_at();", """
                DROP TRIGGER users_touch ON users;
                ALTER TABLE orders DISABLE TRIGGER orders_touch_updated_at;
                """);

        assertThat(diff.lines()).containsExactly(
                "public.orders.orders_touch_updated_at: state enabled → disabled",
                "- trigger public.users.users_touch: CREATE TRIGGER users_touch BEFORE UPDATE ON public.users"
                        + " FOR EACH STATEMENT EXECUTE FUNCTION public.touch_updated_at()");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void policyRolesAndExpressions(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, "ALTER POLICY tenant_isolation ON orders TO pg_monitor, pg_signal_backend"
                + " USING (true) WITH CHECK (user_id IS NOT NULL)");

        assertThat(diff.lines()).containsExactly(
                "public.orders.tenant_isolation: roles ('public') → ('pg_monitor', 'pg_signal_backend')",
                "public.orders.tenant_isolation: using (user_id = (current_setting('app.user_id'::text))::bigint)"
                        + " → true",
                "public.orders.tenant_isolation: with check (none) → (user_id IS NOT NULL)");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void policyCommandAndRestrictive(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                DROP POLICY tenant_isolation ON orders;
                CREATE POLICY tenant_isolation ON orders AS RESTRICTIVE FOR SELECT
                    USING (user_id = current_setting('app.user_id')::bigint);
                CREATE POLICY no_deletes ON orders AS RESTRICTIVE FOR DELETE TO pg_monitor USING (false);
                """);

        assertThat(diff.lines()).containsExactly(
                "+ policy public.orders.no_deletes: AS RESTRICTIVE FOR DELETE TO pg_monitor USING false",
                "public.orders.tenant_isolation: command ALL → SELECT",
                "public.orders.tenant_isolation: permissive true → false");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void recreatingIdenticalFunctionsTriggersAndPolicies(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, """
                DROP TRIGGER orders_touch_updated_at ON orders;
                DROP FUNCTION touch_updated_at();
                DROP POLICY tenant_isolation ON orders;
                """ + TOUCH_UPDATED_AT + TENANT_ISOLATION + ORDER_COUNT.replace("CREATE", "CREATE OR REPLACE") + """
                ALTER TABLE orders DISABLE TRIGGER orders_touch_updated_at;
                ALTER TABLE orders ENABLE TRIGGER orders_touch_updated_at;
                """);

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }
}
