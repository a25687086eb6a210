package com.example.plainsql;

import io.github.migrationtest.junit.MigrationContract;
import io.github.migrationtest.junit.MigrationTest;

/** The whole battery over the plain SQL history: applies, reversible, keeps-data for each of the 12 steps. */
@MigrationTest(sql = "classpath:db/migrations", postgres = {"13", "18"})
class OrdersMigrationsContractTest implements MigrationContract {
}
