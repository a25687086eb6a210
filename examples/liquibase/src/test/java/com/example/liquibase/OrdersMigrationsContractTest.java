package com.example.liquibase;

import io.github.migrationtest.junit.MigrationContract;
import io.github.migrationtest.junit.MigrationTest;

/** The whole battery over the Liquibase changelog, each changeset's down being its rollback. */
@MigrationTest(postgres = {"13", "18"})   // finds db/changelog/db.changelog-master.yaml
class OrdersMigrationsContractTest implements MigrationContract {
}
