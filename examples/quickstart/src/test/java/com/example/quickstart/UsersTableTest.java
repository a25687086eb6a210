package com.example.quickstart;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;

import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.junit.MigrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

// tag::readme[]
@MigrationTest                                    // a real PostgreSQL 17; a fresh database for every test
class UsersTableTest {

    @Test
    void createsUsers(TestDatabase database, Connection connection) throws SQLException {
        connection.createStatement().execute("CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE)");
        assertThat(database).runsPostgres(17).hasTable("users");
    }
}
// end::readme[]
