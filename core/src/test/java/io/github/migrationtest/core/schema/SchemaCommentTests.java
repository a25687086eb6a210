package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static io.github.migrationtest.core.schema.SchemaFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Comments on every kind of object that can have one: changes that must show and no-ops that must not. */
class SchemaCommentTests {

    private static final String TYPES = """
            CREATE DOMAIN email AS text CONSTRAINT email_check CHECK (VALUE LIKE '%@%');
            """;

    private static final String COMMENTS = """
            COMMENT ON SCHEMA public IS 'The shop';
            COMMENT ON TABLE orders IS 'One row per order';
            COMMENT ON COLUMN orders.total IS 'In euros';
            COMMENT ON CONSTRAINT orders_user_id_fkey ON orders IS 'The buyer';
            COMMENT ON INDEX orders_pkey IS 'By id';
            COMMENT ON FUNCTION order_count(bigint) IS 'Orders of one user';
            COMMENT ON TYPE mood IS 'How a user feels';
            COMMENT ON DOMAIN email IS 'An address';
            COMMENT ON CONSTRAINT email_check ON DOMAIN email IS 'Has an at sign';
            COMMENT ON TRIGGER orders_touch_updated_at ON orders IS 'Keeps updated_at';
            COMMENT ON POLICY tenant_isolation ON orders IS 'Per user';
            COMMENT ON VIEW user_names IS 'Who is who';
            """;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void commentsOnEveryKind(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + TYPES, COMMENTS);

        assertThat(diff.lines()).containsExactly(
                "comment on public: text standard public schema → The shop",
                "+ comment comment on public.email: An address",
                "+ comment comment on public.email.email_check: Has an at sign",
                "+ comment comment on public.mood: How a user feels",
                "+ comment comment on public.order_count(bigint): Orders of one user",
                "+ comment comment on public.orders: One row per order",
                "+ comment comment on public.orders.orders_touch_updated_at: Keeps updated_at",
                "+ comment comment on public.orders.orders_user_id_fkey: The buyer",
                "+ comment comment on public.orders.tenant_isolation: Per user",
                "+ comment comment on public.orders.total: In euros",
                "+ comment comment on public.orders_pkey: By id",
                "+ comment comment on public.user_names: Who is who");
        assertThat(diff.added()).extracting(o -> ((CommentSnapshot) o).on()).containsExactly(
                "domain", "domain constraint", "type", "function", "table", "trigger", "constraint", "policy",
                "column", "index", "view");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void changedAndDroppedComments(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + TYPES + COMMENTS, """
                COMMENT ON COLUMN orders.total IS 'In cents';
                COMMENT ON TABLE orders IS NULL;
                """);

        assertThat(diff.lines()).containsExactly(
                "- comment comment on public.orders: One row per order",
                "comment on public.orders.total: text In euros → In cents");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void recommentingWithTheSameTextAndRecreatingTheFunction(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + TYPES + COMMENTS, COMMENTS + """
                DROP FUNCTION order_count(bigint);
                """ + SchemaFixtures.ORDER_COUNT + """
                COMMENT ON FUNCTION order_count(bigint) IS 'Orders of one user';
                """);

        assertThat(diff.lines()).isEmpty();
        assertThat(snapshot(major, SHOP + TYPES + COMMENTS).comments()).hasSize(12);
    }
}
