package com.example.quickstart;

import io.github.migrationtest.junit.MigrationContract;
import io.github.migrationtest.junit.MigrationFixture;
import io.github.migrationtest.junit.MigrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

// tag::contract[]
@MigrationTest(sql = "classpath:db/shop", postgres = {"13", "18"})
class ShopMigrationsContractTest implements MigrationContract {   // one dynamic test per step and check

    @MigrationFixture("1")                                         // rows the later steps must keep
    void customers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO customers (name, notes) VALUES ('Ada', 'prefers email'), ('Grace', NULL)");
        }
    }
}
// end::contract[]
