package io.github.migrationtest.core.schema;

import static io.github.migrationtest.core.schema.SchemaFixtures.SHOP;
import static io.github.migrationtest.core.schema.SchemaFixtures.diff;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Changes that leave the schema as it was: the diff must be empty. */
class SchemaNoOpTests {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void recreatingAnIdenticalView(int major) throws SQLException {
        assertNoChange(major, """
                DROP VIEW user_names;
                CREATE VIEW user_names AS SELECT id, name FROM users;
                DROP MATERIALIZED VIEW order_totals;
                CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;
                """);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void droppingAndReAddingTheSameIndexAndConstraint(int major) throws SQLException {
        SchemaDiff diff = diff(major, SHOP + "CREATE INDEX users_email_idx ON users (email);", """
                DROP INDEX users_email_idx;
                CREATE INDEX users_email_idx ON users (email);
                ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;
                ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
                """);

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void addingAndDroppingAColumnLeavesPositionsAlone(int major) throws SQLException {
        assertNoChange(major, """
                ALTER TABLE users ADD COLUMN scratch int;
                ALTER TABLE users DROP COLUMN scratch;
                """);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void rewritingTablesAndAdvancingSequences(int major) throws SQLException {
        // TRUNCATE and REINDEX give tables and indexes new relfilenodes; sequence values are not part of the schema.
        assertNoChange(major, """
                INSERT INTO users (email) VALUES ('a@example.com');
                SELECT nextval('invoice_numbers');
                TRUNCATE users, orders;
                REINDEX TABLE orders;
                REFRESH MATERIALIZED VIEW order_totals;
                """);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void migrationToolHistoryTablesAreLeftOut(int major) throws SQLException {
        assertNoChange(major, """
                CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50));
                CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (version);
                CREATE TABLE databasechangelog (id varchar(255) NOT NULL, orderexecuted serial);
                CREATE TABLE databasechangeloglock (id int PRIMARY KEY, locked boolean NOT NULL);
                CREATE TABLE migrationtest_schema_history (step text);
                """);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void temporaryTablesAreLeftOut(int major) throws SQLException {
        assertNoChange(major, "CREATE TEMPORARY TABLE scratch (id serial PRIMARY KEY)");
    }

    private static void assertNoChange(int major, String change) throws SQLException {
        SchemaDiff diff = diff(major, SHOP, change);

        assertThat(diff.lines()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.toString()).isEmpty();
    }
}
