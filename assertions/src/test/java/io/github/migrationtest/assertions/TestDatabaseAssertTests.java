package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestDatabaseAssertTests {

    private final PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(17));
    private TestDatabase database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = server.createDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE users (id int); CREATE SCHEMA billing; CREATE TABLE billing.invoice (id int)");
        }
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(database.name());
    }

    @Test
    void should_pass_when_the_server_runs_the_major() {
        assertThat(database).runsPostgres(17);
    }

    @Test
    void should_fail_when_the_server_runs_another_major() {
        assertThatThrownBy(() -> assertThat(database).runsPostgres(16))
                .isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s)\\[database " + database.name() + "\\] \nExpecting database server version:\n"
                        + "  \"17\\.\\d+\"\nto be PostgreSQL:\n  16\n");
    }

    @Test
    void should_pass_when_the_table_exists_in_public_or_a_named_schema() {
        assertThat(database).hasTable("users").hasTable("billing.invoice");
    }

    @Test
    void should_fail_listing_the_tables_there_are() {
        assertThatThrownBy(() -> assertThat(database).hasTable("orders"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("[database " + database.name() + "] \nExpecting database to have table:\n"
                        + "  \"public.orders\"\nbut could not find it among:\n"
                        + "  [\"billing.invoice\", \"public.users\"]");
    }
}
