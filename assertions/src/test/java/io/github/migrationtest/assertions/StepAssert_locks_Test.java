package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.check.StepUnderTest;
import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The lock assertions on the steps of core's lock defects history, each checked once on PostgreSQL 17. */
class StepAssert_locks_Test {

    private static final PostgresServer SERVER = PostgresServers.shared().server(ServerSpec.embedded(17));
    private static final MigrationSource SOURCE = MigrationSources.sql("../core/src/test/resources/locks/sql");
    private static final Map<String, StepUnderTest> STEPS = new ConcurrentHashMap<>();

    /** The step, shared by the tests so that its checks run once. */
    private static StepUnderTest step(String version) {
        return STEPS.computeIfAbsent(version, v -> new StepUnderTest(SERVER, SOURCE, MigrationSettings.defaults(),
                VerificationOptions.DEFAULTS, SOURCE.plan().step(v), "locks"));
    }

    @AfterAll
    static void dropDatabases() {
        STEPS.values().forEach(StepUnderTest::close);
    }

    @Test
    void isLockSafe_should_pass_on_a_concurrent_index_and_on_a_warning_only() {
        assertThat(step("0003")).isLockSafe();
        assertThat(step("0019")).isLockSafe(); // no-lock-timeout is a warning
    }

    @Test
    void isLockSafe_should_fail_on_a_plain_index_build_with_the_finding_and_the_lock_table() {
        assertThatThrownBy(() -> assertThat(step("0002")).isLockSafe())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[step 0002 create_index of locks] \nExpecting step 0002 create_index to be "
                        + "lock-safe,\nbut the lock-safe check failed with 1 finding:\n  [lock/strong-lock-index-build] "
                        + "0002_create_index.up.sql:2 `CREATE INDEX t_b_idx ON t (b)` held SHARE on t while it built "
                        + "index t_b_idx")
                .hasMessageContaining("\nLocks taken on existing relations:\n"
                        + "  statement                   relation  mode   done under it                             held\n"
                        + "  0002_create_index.up.sql:2  t         SHARE  index build t_b_idx, scan of 2000 tuples  ");
    }

    @Test
    void takesNoLockStrongerThan_should_pass_on_a_concurrent_index() {
        assertThat(step("0003")).takesNoLockStrongerThan(LockMode.SHARE_UPDATE_EXCLUSIVE);
    }

    @Test
    void takesNoLockStrongerThan_should_fail_on_a_plain_index_build_naming_the_lock() {
        assertThatThrownBy(() -> assertThat(step("0002")).takesNoLockStrongerThan(LockMode.SHARE_UPDATE_EXCLUSIVE))
                .hasMessageStartingWith("[step 0002 create_index of locks] \nExpecting step 0002 create_index to take "
                        + "no lock stronger than SHARE UPDATE EXCLUSIVE,\nbut it took 1 stronger lock:\n"
                        + "  0002_create_index.up.sql:2 SHARE on t\nLocks taken on existing relations:\n"
                        + "  statement                   relation  mode   done under it                             held\n"
                        + "  0002_create_index.up.sql:2  t         SHARE  index build t_b_idx, scan of 2000 tuples  ");
    }

    @Test
    void takesNoLockStrongerThan_on_a_table_should_pass_when_only_other_tables_are_locked() {
        assertThat(step("0002")).takesNoLockStrongerThan(LockMode.SHARE_UPDATE_EXCLUSIVE, "public.parent")
                .takesNoLockStrongerThan(LockMode.SHARE, "t");
    }

    @Test
    void takesNoLockStrongerThan_on_a_table_should_fail_naming_only_that_tables_locks() {
        assertThatThrownBy(() -> assertThat(step("0012"))
                .takesNoLockStrongerThan(LockMode.SHARE_UPDATE_EXCLUSIVE, "public.parent"))
                .hasMessageStartingWith("[step 0012 add_foreign_key of locks] \nExpecting step 0012 add_foreign_key "
                        + "to take no lock stronger than SHARE UPDATE EXCLUSIVE on public.parent,\nbut it took 1 "
                        + "stronger lock:\n  0012_add_foreign_key.up.sql:2 SHARE ROW EXCLUSIVE on parent\n"
                        + "Locks taken on existing relations:\n")
                .hasMessageContaining(" t  ", "SHARE ROW EXCLUSIVE  scan of 2000 tuples");
    }

    @Test
    void rewritesNoTable_should_pass_on_a_constant_default() {
        assertThat(step("0005")).rewritesNoTable();
    }

    @Test
    void rewritesNoTable_should_fail_on_a_type_change_that_rewrites() {
        assertThatThrownBy(() -> assertThat(step("0006")).rewritesNoTable())
                .hasMessageStartingWith("[step 0006 int_to_bigint of locks] \nExpecting step 0006 int_to_bigint to "
                        + "rewrite no table,\nbut it rewrote 1 table:\n  0006_int_to_bigint.up.sql:2 t under ACCESS "
                        + "EXCLUSIVE\nLocks taken on existing relations:\n")
                .hasMessageContaining("  0006_int_to_bigint.up.sql:2  t ", "ACCESS EXCLUSIVE  rewrite");
    }

    @Test
    void scansNoTableUnderStrongLock_should_pass_on_a_validation() {
        assertThat(step("0010")).scansNoTableUnderStrongLock();
    }

    @Test
    void scansNoTableUnderStrongLock_should_fail_on_set_not_null() {
        assertThatThrownBy(() -> assertThat(step("0008")).scansNoTableUnderStrongLock())
                .hasMessageStartingWith("[step 0008 set_not_null of locks] \nExpecting step 0008 set_not_null to scan "
                        + "no table under a lock that blocks writes (SHARE or stronger),\nbut it scanned 1 table so:\n"
                        + "  0008_set_not_null.up.sql:2 t: 2000 tuples under ACCESS EXCLUSIVE\n"
                        + "Locks taken on existing relations:\n")
                .hasMessageContaining("ACCESS EXCLUSIVE  scan of 2000 tuples");
    }

    @Test
    void blocksTrafficForAtMost_should_pass_on_a_metadata_only_change() {
        assertThat(step("0005")).blocksTrafficForAtMost(Duration.ofSeconds(3));
    }

    @Test
    void blocksTrafficForAtMost_should_fail_listing_each_tables_longest_read_and_write() {
        assertThatThrownBy(() -> assertThat(step("0006")).blocksTrafficForAtMost(Duration.ZERO))
                .hasMessageStartingWith("[step 0006 int_to_bigint of locks] \nExpecting step 0006 int_to_bigint to "
                        + "block traffic for at most 0 ms,\nbut a query waited ")
                .hasMessageMatching("(?s).*\n  public\\.parent: longest read \\d+ ms, longest write \\d+ ms, \\d+ "
                        + "timeouts?\n  public\\.t: longest read \\d+ ms, longest write \\d+ ms, \\d+ timeouts?\n"
                        + "Locks taken on existing relations:\n.*");
    }

    @Test
    void lock_assertions_should_fail_when_the_up_was_not_traced() {
        StepUnderTest untraced = new StepUnderTest(SERVER, SOURCE, MigrationSettings.defaults(),
                VerificationOptions.DEFAULTS.withLockSafety(false), SOURCE.plan().step("0005"), "locks");
        try (untraced) {
            assertThatThrownBy(() -> assertThat(untraced).rewritesNoTable())
                    .hasMessage("[step 0005 add_column_constant_default of locks] \nExpecting step 0005 "
                            + "add_column_constant_default to rewrite no table,\nbut its up was not traced:\n"
                            + "  turn lock safety on (VerificationOptions.withLockSafety(true), the default)");
        }
    }
}
