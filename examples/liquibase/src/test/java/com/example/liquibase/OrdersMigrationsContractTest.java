package com.example.liquibase;

import io.github.migrationtest.junit.MigrationContract;
import io.github.migrationtest.junit.MigrationTest;

/** The whole battery over the Liquibase changelog, each changeset's down being its rollback. */
@MigrationTest(postgres = {"13", "18"},
        // steps the lock check flags, accepted with the reason a reviewer would want to read
        accepted = {"8 lock/statements-after-access-exclusive: the trigger is created in the same short transaction on purpose",
                "10 lock/strong-lock-index-build: order_items is new in this release; the index builds in milliseconds",
                "12 lock/strong-lock-index-build: customers holds a few hundred rows; the index builds in milliseconds"})   // finds db/changelog/db.changelog-master.yaml
class OrdersMigrationsContractTest implements MigrationContract {
}
