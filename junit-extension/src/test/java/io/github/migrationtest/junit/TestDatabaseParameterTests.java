package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.DatabaseNames;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class TestDatabaseParameterTests {

    @Test
    void everyTestGetsItsOwnDatabaseThroughEveryParameterTypeAndItIsDroppedAfterwards() throws SQLException {
        ParametersTestCase.SEEN.clear();

        EngineExecutionResults results = EngineRuns.run(ParametersTestCase.class);

        EngineRuns.assertAllSucceeded(results, 2);
        List<String> seen = ParametersTestCase.SEEN;
        assertThat(seen).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).startsWith(DatabaseNames.PREFIX));
        assertThat(EngineRuns.databasesOn(17)).doesNotContainAnyElementsOf(seen);
    }

    @Test
    void aTestThatAsksForNoDatabaseGetsNone() {
        NoParameterTestCase.SEEN.clear();

        EngineRuns.assertAllSucceeded(EngineRuns.run(NoParameterTestCase.class), 1);

        // PostgreSQL 14 serves no other test of this (parallel) suite, so every mt_ database there would be ours
        assertThat(NoParameterTestCase.SEEN).containsExactly(List.of());
    }

    @MigrationTest
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class ParametersTestCase {

        static final List<String> SEEN = new CopyOnWriteArrayList<>();

        private String fromBeforeEach;

        @BeforeEach
        void createTable(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE marker (id int)");
                fromBeforeEach = currentDatabase(connection);
            }
        }

        @Test
        void first(TestDatabase database, DataSource dataSource, Connection connection) throws SQLException {
            check(database, dataSource, connection);
        }

        @Test
        void second(TestDatabase database, DataSource dataSource, Connection connection) throws SQLException {
            check(database, dataSource, connection);
        }

        private void check(TestDatabase database, DataSource dataSource, Connection connection) throws SQLException {
            assertThat(fromBeforeEach).isEqualTo(database.name());
            assertThat(currentDatabase(connection)).isEqualTo(database.name());
            try (Connection fromDataSource = dataSource.getConnection()) {
                assertThat(currentDatabase(fromDataSource)).isEqualTo(database.name());
                // the table made in @BeforeEach is there: one database for the whole test
                try (Statement statement = fromDataSource.createStatement()) {
                    statement.execute("INSERT INTO marker VALUES (1)");
                }
            }
            assertThat(database.jdbcUrl()).endsWith("/" + database.name());
            SEEN.add(database.name());
        }
    }

    @MigrationTest(postgres = "14")
    static class NoParameterTestCase {
        static final List<List<String>> SEEN = new CopyOnWriteArrayList<>();

        @Test
        void asksForNothing() throws SQLException {
            SEEN.add(EngineRuns.databasesOn(14).stream().filter(name -> name.startsWith(DatabaseNames.PREFIX))
                    .toList());
        }
    }

    static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
