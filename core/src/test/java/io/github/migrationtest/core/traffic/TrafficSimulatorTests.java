package io.github.migrationtest.core.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.compat.CorpusQuery;
import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.migration.FreshDatabase;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real traffic against real locks. The thresholds are functional, not benchmarks: a lock is held for 500 ms, a
 * blocked query must show at least 350 ms and an unblocked one less than 200 ms, even on a loaded machine.
 */
@ExtendWith(FreshDatabase.class)
class TrafficSimulatorTests {

    private static final Duration BLOCKED = Duration.ofMillis(350);
    private static final Duration FREE = Duration.ofMillis(200);
    private static final List<String> TABLES = List.of("public.a", "public.b");
    private static final String TRAFFIC_BACKENDS = "SELECT count(*) FROM pg_stat_activity"
            + " WHERE application_name = 'migrationtest-traffic' AND datname = current_database()";

    private static final String SCHEMA = """
            CREATE TABLE public.a (id bigint PRIMARY KEY, v text);
            CREATE TABLE public.b (id bigint PRIMARY KEY, v text);
            INSERT INTO public.a SELECT g, 'a' || g FROM generate_series(1, 100) g;
            INSERT INTO public.b SELECT g, 'b' || g FROM generate_series(1, 100) g;
            CREATE TABLE public.trace (what text);
            CREATE FUNCTION public.trace() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO public.trace VALUES (TG_TABLE_NAME || ' ' || TG_OP); RETURN NEW; END $$;
            CREATE TRIGGER trace AFTER UPDATE OR DELETE ON public.a FOR EACH ROW EXECUTE FUNCTION public.trace();
            """;

    @Test
    void accessExclusiveBlocksReadsAndWritesOfThatTableOnly(TestDatabase database) throws Exception {
        TrafficReport report = whileLocked(database, "ACCESS EXCLUSIVE");

        assertThat(report.table("public.a").longestRead()).isGreaterThanOrEqualTo(BLOCKED);
        assertThat(report.table("public.a").longestWrite()).isGreaterThanOrEqualTo(BLOCKED);
        assertThat(report.table("public.b").longestBlock()).isLessThan(FREE);
        assertThat(report.longestBlock()).isGreaterThanOrEqualTo(BLOCKED);
    }

    @Test
    void shareBlocksWritesNotReads(TestDatabase database) throws Exception {
        TrafficReport report = whileLocked(database, "SHARE");

        assertThat(report.table("public.a").longestWrite()).isGreaterThanOrEqualTo(BLOCKED);
        assertThat(report.table("public.a").longestRead()).isLessThan(FREE);
        assertThat(report.table("public.b").longestBlock()).isLessThan(FREE);
    }

    @Test
    void withoutLocksQueriesAreFastAndWritesLeaveNoTrace(TestDatabase database) throws Exception {
        execute(database, SCHEMA);
        String before = rows(database);
        TrafficReport report;
        try (TrafficSimulator traffic = TrafficSimulator.start(database, snapshot(database), TABLES,
                TrafficOptions.DEFAULTS)) {
            Thread.sleep(500);
            report = traffic.stop();
        }

        for (String table : TABLES) {
            TableTraffic traffic = report.table(table);
            assertThat(traffic.reads()).as(table + " reads").isPositive();
            assertThat(traffic.writes()).as(table + " writes").isPositive();
            assertThat(traffic.longestBlock()).as(table).isLessThan(FREE);
            assertThat(traffic.timeouts()).isZero();
            assertThat(traffic.errors()).isEmpty();
        }
        // Same values, same row versions (a committed write would give the rows a new xmin), no trigger's trace.
        assertThat(rows(database)).isEqualTo(before);
        assertThat(query(database, "SELECT count(*) FROM public.trace")).containsExactly("0");
        assertNoTrafficLeft(database);
    }

    @Test
    void connectionsStayWithinTheBoundAndEveryTableGetsItsTurn(TestDatabase database) throws Exception {
        List<String> tables = IntStream.rangeClosed(1, 20).mapToObj(i -> "public.t" + i).toList();
        StringBuilder schema = new StringBuilder();
        tables.forEach(t -> schema.append("CREATE TABLE ").append(t).append(" (id int PRIMARY KEY);")
                .append("INSERT INTO ").append(t).append(" VALUES (1);"));
        execute(database, schema.toString());

        List<Integer> seen = new ArrayList<>();
        TrafficReport report;
        try (TrafficSimulator traffic = TrafficSimulator.start(database, snapshot(database), tables,
                TrafficOptions.DEFAULTS.withMaxConnections(4))) {
            for (int i = 0; i < 25; i++) {
                seen.add(Integer.parseInt(query(database, TRAFFIC_BACKENDS).get(0)));
                Thread.sleep(40);
            }
            report = traffic.stop();
        }

        assertThat(seen).allSatisfy(n -> assertThat(n).isBetween(1, 4));
        assertThat(seen).contains(4);
        assertThat(report.tables()).hasSize(20);
        assertThat(report.tables().values()).allSatisfy(t -> {
            assertThat(t.reads()).as(t.table() + " reads").isPositive();
            assertThat(t.writes()).as(t.table() + " writes").isPositive();
        });
        assertNoTrafficLeft(database);
    }

    @Test
    void errorsOtherThanLocksAreSampledNotThrown(TestDatabase database) throws Exception {
        execute(database, SCHEMA);
        TrafficReport report;
        try (TrafficSimulator traffic = TrafficSimulator.start(database, snapshot(database), TABLES,
                TrafficOptions.DEFAULTS)) {
            Thread.sleep(100);
            execute(database, "DROP TABLE public.b");
            Thread.sleep(200);
            report = traffic.stop();
        }

        assertThat(report.table("public.b").errors()).isNotEmpty()
                .allSatisfy(e -> assertThat(e).contains("public.b"));
        assertThat(report.table("public.a").errors()).isEmpty();
        assertNoTrafficLeft(database);
    }

    @Test
    void aQueryThatReachesTheTimeoutCountsAsATimeout(TestDatabase database) throws Exception {
        execute(database, SCHEMA);
        TrafficReport report = whileLocked(database, "ACCESS EXCLUSIVE",
                TrafficOptions.DEFAULTS.withQueryTimeout(Duration.ofMillis(100)));

        assertThat(report.table("public.a").timeouts()).isPositive();
        assertThat(report.table("public.a").errors()).isEmpty();
        assertThat(report.table("public.a").longestBlock()).isLessThan(Duration.ofMillis(350));
    }

    @Test
    void aServerElsewhereIsRefused() {
        SchemaSnapshot empty = SchemaSnapshot.of(List.of());
        TestDatabase remote = new TestDatabase("mt_x", "jdbc:postgresql://db.example.com:5432/mt_x", "u", "");
        TestDatabase oneRemote = new TestDatabase("mt_x", "jdbc:postgresql://localhost:5432,10.1.2.3:5432/mt_x", "u",
                "");

        assertThatThrownBy(() -> TrafficSimulator.start(remote, empty, List.of(), TrafficOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only runs against a local server").hasMessageContaining("'db.example.com'");
        assertThatThrownBy(() -> TrafficSimulator.start(oneRemote, empty, List.of(), TrafficOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'10.1.2.3'");
    }

    @Test
    void aTableMissingFromTheSnapshotIsRefused(TestDatabase database) throws Exception {
        execute(database, SCHEMA);
        assertThatThrownBy(() -> TrafficSimulator.start(database, snapshot(database), List.of("public.nope"),
                TrafficOptions.DEFAULTS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no table public.nope");
        assertNoTrafficLeft(database);
    }

    @Test
    void aCorpusReplaysThePreviousVersionsQueriesAsTraffic(TestDatabase database) throws Exception {
        execute(database, SCHEMA);
        String before = rows(database);
        QueryCorpus corpus = QueryCorpus.of("3", List.of(
                new CorpusQuery("find_a", "SELECT v FROM public.a WHERE id = $1", List.of("7"), List.of("bigint"),
                        "v3.sql:2"),
                new CorpusQuery("rename_a", "UPDATE public.a SET v = $2 WHERE id = $1", List.of("7", "'seven'"),
                        List.of("bigint", "text"), "v3.sql:5"),
                new CorpusQuery("count_b", "SELECT count(*) FROM public.b", List.of(), List.of(), "v3.sql:8")));
        TrafficReport report;
        try (TrafficSimulator traffic = TrafficSimulator.start(database, corpus, TrafficOptions.DEFAULTS);
                Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            Thread.sleep(200);
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE public.a IN SHARE MODE");
            Thread.sleep(500);
            holder.rollback();
            Thread.sleep(200);
            report = traffic.stop();
        }
        assertThat(report.tables()).containsOnlyKeys("query find_a", "query rename_a", "query count_b");
        // SHARE blocks the corpus's write on a, not its read, nor the read of b
        assertThat(report.table("query rename_a").longestWrite()).isGreaterThanOrEqualTo(BLOCKED);
        assertThat(report.table("query find_a").longestRead()).isLessThan(FREE);
        assertThat(report.table("query count_b").longestRead()).isLessThan(FREE);
        assertThat(report.table("query rename_a").errors()).isEmpty();
        assertThat(rows(database)).as("the corpus's write was rolled back").isEqualTo(before);
        assertNoTrafficLeft(database);
    }

    private static TrafficReport whileLocked(TestDatabase database, String mode) throws Exception {
        execute(database, SCHEMA);
        TrafficReport report = whileLocked(database, mode, TrafficOptions.DEFAULTS);
        assertNoTrafficLeft(database);
        return report;
    }

    /** Holds a lock on public.a for 500 ms in the middle of the traffic. */
    private static TrafficReport whileLocked(TestDatabase database, String mode, TrafficOptions options)
            throws Exception {
        try (TrafficSimulator traffic = TrafficSimulator.start(database, snapshot(database), TABLES, options);
                Connection holder = database.connect(); Statement statement = holder.createStatement()) {
            Thread.sleep(200);
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE public.a IN " + mode + " MODE");
            Thread.sleep(500);
            holder.rollback();
            Thread.sleep(200);
            return traffic.stop();
        }
    }

    private static void assertNoTrafficLeft(TestDatabase database) throws Exception {
        // A closed connection's backend exits asynchronously: give it a moment.
        String count = "";
        for (int i = 0; i < 50 && !count.equals("0"); i++) {
            count = query(database, TRAFFIC_BACKENDS).get(0);
            Thread.sleep(50);
        }
        assertThat(count).as("traffic backends left").isEqualTo("0");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().startsWith("migrationtest-traffic") && t.isAlive());
    }

    private static SchemaSnapshot snapshot(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaSnapshot.capture(connection);
        }
    }

    /** A fingerprint of public.a's rows: values and row versions. */
    private static String rows(TestDatabase database) throws SQLException {
        return query(database, "SELECT md5(string_agg(id || ':' || v || ':' || xmin || ':' || ctid, ','"
                + " ORDER BY id)) FROM public.a").get(0);
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> query(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
