package io.github.migrationtest.core.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationSources;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the tracer measures, statement by statement, on PostgreSQL 18. */
class LockTracerTests {

    private static Map<String, LockTrace> traces;

    @BeforeAll
    static void trace() {
        traces = Traces.all(18, MigrationSources.sql("classpath:locks/sql"));
    }

    @Test
    void theToolsBookkeepingAndTheRunnersOwnTimeoutAreNotTheMigrations() {
        LockTrace trace = traces.get("0002");

        assertThat(trace.statements()).extracting(StatementTrace::sql)
                .containsExactly("SET lock_timeout = '1s'", "CREATE INDEX t_b_idx ON t (b)");
        assertThat(trace.statements()).extracting(StatementTrace::location)
                .containsExactly("0002_create_index.up.sql:1", "0002_create_index.up.sql:2");
        assertThat(trace.statements().get(0).lockTimeoutSet()).isFalse();
        assertThat(trace.statements().get(1).lockTimeoutSet()).isTrue();
        assertThat(traces.get("0019").statements()).singleElement()
                .satisfies(statement -> assertThat(statement.lockTimeoutSet()).isFalse());
    }

    @Test
    void aStatementInATransactionIsSeenOnItsOwnBackend() {
        StatementTrace create = Traces.statement(traces.get("0002"), "CREATE INDEX");

        assertThat(create.inTransaction()).isTrue();
        assertThat(create.locksTaken()).containsExactly(new RelationLock("t", "t", LockMode.SHARE));
        assertThat(create.builtIndexes()).containsExactly(Map.entry("t_b_idx", "t"));
        assertThat(create.scannedTuples()).containsExactly(Map.entry("t", 2000L));
        assertThat(create.rewrittenTables()).isEmpty();
        assertThat(create.lockHeld()).isGreaterThanOrEqualTo(create.duration());
    }

    @Test
    void aConcurrentIndexIsWatchedFromASecondConnectionAndHoldsOnlyShareUpdateExclusive() {
        StatementTrace concurrently = Traces.statement(traces.get("0003"), "CONCURRENTLY");

        assertThat(concurrently.inTransaction()).isFalse();
        assertThat(concurrently.scansKnown()).isFalse();
        assertThat(concurrently.locksHeld()).contains(new RelationLock("t", "t", LockMode.SHARE_UPDATE_EXCLUSIVE));
        assertThat(concurrently.locksHeld()).allSatisfy(lock -> assertThat(lock.mode().blocksTraffic()).isFalse());
        assertThat(concurrently.builtIndexes()).containsExactly(Map.entry("t_d_idx", "t"));
    }

    @Test
    void aStrongLockOutsideATransactionIsSeenWhileItWaitsBehindAWriter() {
        StatementTrace vacuum = Traces.statement(traces.get("0020"), "VACUUM FULL");

        assertThat(vacuum.inTransaction()).isFalse();
        assertThat(vacuum.locksTaken()).contains(new RelationLock("parent", "parent", LockMode.ACCESS_EXCLUSIVE));
        assertThat(vacuum.rewrittenTables()).containsExactly("parent");
        // SET (not SET LOCAL) lasts for the session, past the transaction it ran in
        assertThat(vacuum.lockTimeoutSet()).isTrue();
        assertThat(vacuum.location()).isEqualTo("0020_vacuum_full_outside_transaction.up.sql:3");
    }

    @Test
    void aRewriteIsANewRelfilenodeAndAnIndexRebuildIsComparedByName() {
        StatementTrace bigint = Traces.statement(traces.get("0006"), "ALTER TABLE");
        StatementTrace varchar = Traces.statement(traces.get("0007"), "ALTER TABLE");

        assertThat(bigint.rewrittenTables()).containsExactly("t");
        assertThat(bigint.rebuiltIndexes()).containsEntry("t_a_idx", "t");
        assertThat(bigint.builtIndexes()).isEmpty();
        // t_c_idx is dropped and created again with a new OID, on the same storage: no rebuild
        assertThat(varchar.rewrittenTables()).isEmpty();
        assertThat(varchar.rebuiltIndexes()).isEmpty();
        assertThat(varchar.builtIndexes()).isEmpty();
        assertThat(varchar.locksTaken()).contains(new RelationLock("t", "t", LockMode.ACCESS_EXCLUSIVE));
    }

    @Test
    void theTracersOwnCatalogQueriesScanNoTable() {
        StatementTrace constant = Traces.statement(traces.get("0005"), "ALTER TABLE");

        assertThat(constant.scansKnown()).isTrue();
        assertThat(constant.scannedTuples()).isEmpty();
        assertThat(constant.rewrittenTables()).isEmpty();
    }

    @Test
    void validationScansUnderShareUpdateExclusiveAndSetNotNullTrustsAValidCheck() {
        StatementTrace validate = Traces.statement(traces.get("0010"), "VALIDATE");
        StatementTrace setNotNull = Traces.statement(traces.get("0011"), "SET NOT NULL");

        assertThat(validate.locksTaken()).contains(new RelationLock("t", "t", LockMode.SHARE_UPDATE_EXCLUSIVE));
        assertThat(validate.scannedTuples()).containsEntry("t", 2000L);
        assertThat(setNotNull.strongestOn("t")).contains(LockMode.ACCESS_EXCLUSIVE);
        assertThat(setNotNull.scannedTuples()).isEmpty();
    }

    @Test
    void anIndexAttachedToAConstraintIsRenamedNotBuilt() {
        StatementTrace using = Traces.statement(traces.get("0017"), "USING INDEX");

        assertThat(using.builtIndexes()).isEmpty();
        assertThat(using.rebuiltIndexes()).isEmpty();
    }

    @Test
    void objectsTheStepCreatesNeverCount() {
        assertThat(traces.get("0001").statements()).allSatisfy(statement -> {
            assertThat(statement.locksHeld()).isEmpty();
            assertThat(statement.builtIndexes()).isEmpty();
        });
        StatementTrace create = Traces.statement(traces.get("0018"), "CREATE TABLE parent_notes");
        assertThat(create.locksTaken()).isEmpty();
    }
}
