package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The owners of views, materialized views, sequences, enum types, composite types and domains. */
class SchemaOwnerTests {

    // Roles are shared by the server's databases, so the role may exist from an earlier test.
    private static final String SETUP = SHOP + """
            DO $$ BEGIN CREATE ROLE mt_object_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
            CREATE TYPE amount AS (value numeric(10,2), currency text);
            """;

    private static final String TO = """
            ALTER VIEW user_names OWNER TO %1$s;
            ALTER MATERIALIZED VIEW order_totals OWNER TO %1$s;
            ALTER SEQUENCE invoice_numbers OWNER TO %1$s;
            ALTER TYPE mood OWNER TO %1$s;
            ALTER TYPE amount OWNER TO %1$s;
            ALTER DOMAIN email OWNER TO %1$s;
            """;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void changedOwners(int major) throws SQLException {
        SchemaDiff diff = diff(major, SETUP, TO.formatted("mt_object_owner"));

        assertThat(diff.lines()).containsExactly(
                "public.amount: owner postgres → mt_object_owner",
                "public.email: owner postgres → mt_object_owner",
                "public.invoice_numbers: owner postgres → mt_object_owner",
                "public.mood: owner postgres → mt_object_owner",
                "public.order_totals: owner postgres → mt_object_owner",
                "public.user_names: owner postgres → mt_object_owner");
        assertThat(diff.changed()).extracting(ObjectChange::kind).containsExactlyInAnyOrder(
                ObjectKind.COMPOSITE_TYPE, ObjectKind.DOMAIN, ObjectKind.SEQUENCE, ObjectKind.ENUM_TYPE,
                ObjectKind.MATERIALIZED_VIEW, ObjectKind.VIEW);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void ignoringOwnersHidesThem(int major) throws SQLException {
        SchemaDiff diff = diff(major, SETUP, TO.formatted("mt_object_owner"));
        SchemaSnapshot before = snapshotOf(diff, true);
        SchemaSnapshot after = snapshotOf(diff, false);

        assertThat(SchemaDiff.between(before, after, Equivalence.EXACT.ignoringOwners()).isEmpty()).isTrue();
        assertThat(SchemaDiff.between(before, after, Equivalence.EXACT).isEmpty()).isFalse();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 17, 18})
    void givingObjectsToTheirOwnerChangesNothing(int major) throws SQLException {
        SchemaDiff diff = diff(major, SETUP, TO.formatted("postgres"));

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }

    /** The changed objects as they were before (or after) the change. */
    private static SchemaSnapshot snapshotOf(SchemaDiff diff, boolean before) {
        return SchemaSnapshot.of(diff.changed().stream().map(c -> before ? c.before() : c.after()).toList());
    }
}
