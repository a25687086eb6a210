package com.example.quickstart;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.junit.MigrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

// tag::quickstart[]
@MigrationTest(postgres = {"13", "18"})          // every test runs on PostgreSQL 13 and on 18
class QuickstartExampleTest {

    @BeforeEach
    void migrate(Connection connection) throws Exception {   // each test has a fresh database of its own
        try (Statement statement = connection.createStatement()) {
            statement.execute(resource("/db/V1__create_users.sql"));
        }
    }

    @Test
    void emailIsUnique(TestDatabase database, Connection connection) throws SQLException {
        assertThat(database).hasTable("users");
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (email) VALUES ('ada@example.com')");
            assertThat(sqlState(statement, "INSERT INTO users (email) VALUES ('ada@example.com')"))
                    .isEqualTo("23505");                  // unique_violation
        }
        report(database, "users.email rejects a duplicate (SQLState 23505)");
    }
    // end::quickstart[]

    @Test
    void identityGivesIncreasingIds(TestDatabase database, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com')");
            try (ResultSet rs = statement.executeQuery("SELECT array_agg(id ORDER BY email) FROM users")) {
                rs.next();
                assertThat((Long[]) rs.getArray(1).getArray()).containsExactly(1L, 2L);
            }
        }
        report(database, "users.id is an identity starting at 1");
    }

    @Test
    void everyTestStartsEmpty(TestDatabase database, Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM users")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        report(database, "a new test's database has no rows from other tests");
    }

    private static String sqlState(Statement statement, String sql) {
        try {
            statement.execute(sql);
            return "none";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QuickstartExampleTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // What the main job prints: one line per check, with the server it ran on.
    private static void report(TestDatabase database, String what) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('server_version')")) {
            rs.next();
            System.out.println("[checked] PostgreSQL " + rs.getString(1) + " " + database.name() + ": " + what);
        }
    }
}
