package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import io.github.migrationtest.core.lock.LockMode;
import io.github.migrationtest.core.lock.LockTable;
import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.lock.RelationLock;
import io.github.migrationtest.core.lock.StatementTrace;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.traffic.TableTraffic;
import io.github.migrationtest.core.traffic.TrafficReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldRespectLocks_create_Test {

    private static final MigrationStep STEP = new MigrationStep("2", "index", "V2__index.sql", "sum",
            Optional.empty(), Optional.of("none"), true);

    private static LockTrace trace() {
        RelationLock share = new RelationLock("users", "users", LockMode.SHARE);
        StatementTrace set = new StatementTrace("SET lock_timeout = '1s'", "V2__index.sql:1", 1, Duration.ZERO,
                Duration.ofMillis(30), List.of(), List.of(), Set.of(), Map.of(), Map.of(), Map.of(), true, true);
        StatementTrace index = new StatementTrace("CREATE INDEX users_email_idx ON users (email)", "V2__index.sql:2",
                1, Duration.ofMillis(25), Duration.ofMillis(26), List.of(share), List.of(share), Set.of(), Map.of(),
                Map.of("users_email_idx", "users"), Map.of("users", 900L), true, true);
        return new LockTrace(STEP, 17, List.of(set, index));
    }

    @Test
    void should_create_error_message_for_a_stronger_lock() {
        // GIVEN
        LockTrace trace = trace();
        var factory = ShouldRespectLocks.shouldTakeNoLockStrongerThan("0002 index", LockMode.SHARE_UPDATE_EXCLUSIVE,
                Optional.of("public.users"), LockTable.rows(trace), trace);
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo(String.format("[Test] %nExpecting step 0002 index to take no lock stronger than "
                + "SHARE UPDATE EXCLUSIVE on public.users,%nbut it took 1 stronger lock:%n"
                + "  V2__index.sql:2 SHARE on users%n"
                + "Locks taken on existing relations:%n"
                + "  statement        relation  mode   done under it                                    held%n"
                + "  V2__index.sql:2  users     SHARE  index build users_email_idx, scan of 900 tuples  26 ms"));
    }

    @Test
    void should_create_error_message_for_blocked_traffic() {
        // GIVEN
        TrafficReport traffic = new TrafficReport(Map.of("public.users", new TableTraffic("public.users", 40, 12,
                Duration.ofMillis(3), Duration.ofMillis(27), 1, List.of())));
        var factory = ShouldRespectLocks.shouldBlockTrafficForAtMost("0002 index", Duration.ofMillis(10), traffic,
                Optional.of(new LockTrace(STEP, 17, List.of())));
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo(String.format("[Test] %nExpecting step 0002 index to block traffic for at most 10 ms,"
                + "%nbut a query waited 27 ms:%n  public.users: longest read 3 ms, longest write 27 ms, 1 timeout%n"
                + "It took no lock on an existing relation."));
    }
}
