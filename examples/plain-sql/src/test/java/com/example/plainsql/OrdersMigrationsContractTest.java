package com.example.plainsql;

import io.github.migrationtest.junit.MigrationContract;
import io.github.migrationtest.junit.MigrationTest;

/**
 * The whole battery over the plain SQL history: applies, lock-safe, reversible, keeps-data and compatible for each of
 * the 12 steps (the static breaking-change rules on every step; from 0004 on, the queries of application version 3
 * replayed too). No step breaks them: later steps only add columns, indexes, a view, a trigger and an enum label.
 */
// tag::corpus[]
@MigrationTest(sql = "classpath:db/migrations", postgres = {"13", "18"},
        // the queries version 3 of the application sends; it runs on while 0004..0012 roll out
        corpus = "3: classpath:queries/v0003.sql",
        // two steps the lock check flags, accepted with the reason a reviewer would want to read
        accepted = {"8 lock/statements-after-access-exclusive: the trigger is created in the same short transaction on purpose",
                "12 lock/strong-lock-index-build: customers holds a few hundred rows; the index builds in milliseconds"})
class OrdersMigrationsContractTest implements MigrationContract {
}
// end::corpus[]
