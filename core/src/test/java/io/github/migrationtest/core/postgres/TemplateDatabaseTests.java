package io.github.migrationtest.core.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TemplateDatabaseTests {

    private final PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(17));

    @Test
    void clonesCarryTheTemplatesContentAndAreIndependent() throws Exception {
        AtomicInteger fills = new AtomicInteger();
        String key = "two rows " + System.nanoTime();
        String template = server.template(key, database -> {
            fills.incrementAndGet();
            execute(database, "CREATE TABLE item (id int PRIMARY KEY); INSERT INTO item VALUES (1), (2)");
        });
        assertThat(server.template(key, database -> fills.incrementAndGet())).isEqualTo(template);

        TestDatabase first = server.createDatabase(template);
        TestDatabase second = server.createDatabase(template);
        try {
            execute(first, "DELETE FROM item");
            assertThat(count(first)).isZero();
            assertThat(count(second)).isEqualTo(2);
            assertThat(fills).hasValue(1);
        } finally {
            server.dropDatabase(first.name());
            server.dropDatabase(second.name());
        }
    }

    @Test
    void theSameKeyFillsTheTemplateOnceEvenWhenAskedConcurrently() throws Exception {
        AtomicInteger fills = new AtomicInteger();
        String key = "concurrent " + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TestDatabase>> clones = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                clones.add(pool.submit(() -> server.createDatabase(server.template(key, database -> {
                    fills.incrementAndGet();
                    execute(database, "CREATE TABLE item (id int); INSERT INTO item VALUES (1), (2), (3)");
                }))));
            }
            for (Future<TestDatabase> clone : clones) {
                TestDatabase database = clone.get();
                assertThat(count(database)).isEqualTo(3);
                server.dropDatabase(database.name());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fills).hasValue(1);
    }

    @Test
    void aFailingInitializerLeavesNoTemplateBehindAndSaysWhy() {
        String key = "broken " + System.nanoTime();

        assertThatThrownBy(() -> server.template(key, database -> execute(database, "CREATE TABLE (")))
                .isInstanceOf(ProvisioningException.class)
                .hasMessageStartingWith("Could not fill template database " + DatabaseNames.template(key) + " ("
                        + key + "): ERROR: syntax error at or near \"(\"");
        assertThat(((io.github.migrationtest.core.postgres.internal.JdbcPostgresServer) server).createdDatabases())
                .doesNotContain(DatabaseNames.template(key));
    }

    @Test
    void refusesToDropADatabaseItDidNotCreate() {
        assertThatThrownBy(() -> server.dropDatabase("postgres"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refusing to drop a database this library did not create: postgres");
    }

    static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static int count(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM item")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
