package com.example.flyway;

import io.github.migrationtest.junit.MigrationContract;
import io.github.migrationtest.junit.MigrationTest;

/** The whole battery over the Flyway history, each V script's down being its U script. */
@MigrationTest(postgres = {"13", "18"})   // finds classpath:db/migration
class OrdersMigrationsContractTest implements MigrationContract {
}
