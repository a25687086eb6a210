package io.github.migrationtest.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The static rules one change at a time, on PostgreSQL 13 and 18: what breaks and which shims do not. */
class BreakingChangesTests {

    private static final String SETUP = """
            DO $$ BEGIN CREATE ROLE mt_compat_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$;
            CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL, name text,
                score numeric(10,2), visits bigint, status text NOT NULL DEFAULT 'new');
            CREATE TABLE logs (id bigint PRIMARY KEY, line text);
            CREATE VIEW active_users AS SELECT id, status FROM users;
            CREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM users $$;
            GRANT SELECT, UPDATE ON users TO mt_compat_reader;
            """;

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void tablesViewsAndFunctions(int major) throws SQLException {
        assertThat(rules(major, "ALTER TABLE logs RENAME TO log_lines")).containsExactly("table-renamed");
        assertThat(rules(major, "DROP TABLE logs")).containsExactly("table-dropped");
        assertThat(rules(major, "DROP VIEW active_users")).containsExactly("view-dropped");
        assertThat(rules(major, "DROP FUNCTION user_count()")).containsExactly("function-dropped");
        assertThat(rules(major, "DROP FUNCTION user_count(); CREATE FUNCTION user_count() RETURNS integer "
                + "LANGUAGE sql AS $$ SELECT count(*)::int FROM users $$")).containsExactly("function-signature-changed");
        // a new overload keeps the old signature: not a break
        assertThat(rules(major, "CREATE FUNCTION user_count(p_min bigint) RETURNS bigint LANGUAGE sql "
                + "AS $$ SELECT count(*) FROM users WHERE id >= p_min $$")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void viewShimsStandInForRenamedTablesOnlyWithTheirColumns(int major) throws SQLException {
        assertThat(rules(major, "ALTER TABLE logs RENAME TO log_lines; "
                + "CREATE VIEW logs AS SELECT id, line FROM log_lines")).isEmpty();
        List<Finding> partial = findings(major, "ALTER TABLE logs RENAME TO log_lines; "
                + "CREATE VIEW logs AS SELECT id FROM log_lines");
        assertThat(partial).extracting(Finding::rule).containsExactly("column-dropped");
        assertThat(partial.get(0).message()).startsWith("column logs.line is not returned by the view logs");
        // the view may rename the new column back to the old name
        assertThat(rules(major, "ALTER TABLE logs RENAME TO log_lines; ALTER TABLE log_lines RENAME line TO text_line;"
                + "CREATE VIEW logs AS SELECT id, text_line AS line FROM log_lines")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void columns(int major) throws SQLException {
        assertThat(rules(major, "ALTER TABLE users DROP COLUMN name")).containsExactly("column-dropped");
        assertThat(rules(major, "ALTER TABLE users RENAME COLUMN name TO full_name"))
                .containsExactly("column-renamed");
        // dropped and re-added in the same step: the column is still there with its type
        assertThat(rules(major, "ALTER TABLE users DROP COLUMN name; ALTER TABLE users ADD COLUMN name text"))
                .isEmpty();
        assertThat(rules(major, "ALTER TABLE users ADD COLUMN age integer")).isEmpty();
        assertThat(rules(major, "ALTER TABLE users ADD COLUMN age integer NOT NULL DEFAULT 0")).isEmpty();
        assertThat(rules(major, "ALTER TABLE users ADD COLUMN age integer NOT NULL"))
                .containsExactly("not-null-without-default");
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN name SET NOT NULL"))
                .containsExactly("not-null-without-default");
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN status DROP DEFAULT"))
                .containsExactly("default-dropped");
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN status SET DEFAULT 'fresh'")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void typesNarrowedOrNotKnownWideningsAreFlaggedAndWideningsAreNot(int major) throws SQLException {
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN email TYPE varchar(50)")).containsExactly("type-narrowed");
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN score TYPE numeric(8,2)"))
                .containsExactly("type-narrowed");
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN visits TYPE integer")).containsExactly("type-narrowed");
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN name TYPE varchar(20)")).containsExactly("type-narrowed");
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN email TYPE varchar(200)")).isEmpty();
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN email TYPE text")).isEmpty();
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN score TYPE numeric(12,3)")).isEmpty();
        assertThat(rules(major, "ALTER TABLE users ALTER COLUMN visits TYPE numeric")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void grants(int major) throws SQLException {
        List<Finding> partial = findings(major, "REVOKE UPDATE ON users FROM mt_compat_reader");
        assertThat(partial).extracting(Finding::rule).containsExactly("grant-revoked");
        assertThat(partial.get(0).message()).startsWith("UPDATE on table users was revoked from mt_compat_reader");
        assertThat(rules(major, "REVOKE ALL ON users FROM mt_compat_reader")).containsExactly("grant-revoked");
        assertThat(rules(major, "GRANT INSERT ON users TO mt_compat_reader")).isEmpty();
    }

    private static List<String> rules(int major, String change) throws SQLException {
        return findings(major, change).stream().map(Finding::rule).toList();
    }

    private static List<Finding> findings(int major, String change) throws SQLException {
        PostgresServer server = CompatWalk.server(major);
        TestDatabase database = server.createDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(SETUP);
            SchemaSnapshot before = SchemaSnapshot.capture(connection);
            statement.execute(change);
            return BreakingChanges.findings(before, SchemaSnapshot.capture(connection), "0002");
        } finally {
            server.dropDatabase(database.name());
        }
    }
}
