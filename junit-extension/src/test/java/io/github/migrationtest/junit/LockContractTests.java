package io.github.migrationtest.junit;

import static io.github.migrationtest.junit.EngineRuns.run;
import static io.github.migrationtest.junit.MigrationContractTests.message;
import static io.github.migrationtest.junit.MigrationContractTests.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code ▸ lock-safe} through the engine, on core's history of the catalog's unsafe operations and their safe forms
 * ({@code ../core/src/test/resources/locks/sql}), on PostgreSQL 13 and 18.
 */
class LockContractTests {

    @MigrationTest(sql = "../core/src/test/resources/locks/sql", postgres = {"13", "18"}, noDown = NoDown.WARN,
            accepted = "19 lock/no-lock-timeout: a warning, accepted to show the attribute")
    static class LocksTestCase implements MigrationContract {
    }

    @Test
    void eachUnsafeOperationFailsItsLockSafeTestOnBothVersions(@TempDir Path reports) {
        EngineExecutionResults results = run(LocksTestCase.class, MigrationTestConfig.REPORT_DIR, reports.toString());
        String[] unsafe = {"0002 create_index ▸ lock-safe", "0004 add_column_volatile_default ▸ lock-safe",
            "0006 int_to_bigint ▸ lock-safe", "0008 set_not_null ▸ lock-safe", "0012 add_foreign_key ▸ lock-safe",
            "0015 add_unique ▸ lock-safe", "0018 statements_after_exclusive ▸ lock-safe",
            "0020 vacuum_full_outside_transaction ▸ lock-safe"};
        String[] twice = new String[unsafe.length * 2];
        for (int i = 0; i < unsafe.length; i++) {
            twice[i] = unsafe[i];
            twice[i + unsafe.length] = unsafe[i];
        }
        assertThat(names(results.testEvents().failed().list())).containsExactlyInAnyOrder(twice);
        assertThat(message(results, "0008 set_not_null ▸ lock-safe")).contains("[lock/strong-lock-scan error] 0008: "
                + "0008_set_not_null.up.sql:", "held ACCESS EXCLUSIVE on t while it scanned it");
        assertThat(reports.resolve("LocksTestCase-pg13.json")).exists();
        assertThat(reports.resolve("LocksTestCase-pg18.json")).exists();
    }
}
