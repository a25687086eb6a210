package com.example.flyway;

import io.github.migrationtest.junit.MigrationContract;
import io.github.migrationtest.junit.MigrationTest;

/** The whole battery over the Flyway history, each V script's down being its U script. */
@MigrationTest(postgres = {"13", "18"},
        // two steps the lock check flags, accepted with the reason a reviewer would want to read
        accepted = {"8 lock/statements-after-access-exclusive: the trigger is created in the same short transaction on purpose",
                "12 lock/strong-lock-index-build: customers holds a few hundred rows; the index builds in milliseconds"})   // finds classpath:db/migration
class OrdersMigrationsContractTest implements MigrationContract {
}
