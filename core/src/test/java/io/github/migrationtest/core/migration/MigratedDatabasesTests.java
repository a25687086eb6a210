package io.github.migrationtest.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratedDatabasesTests {

    private final PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(17));
    private final List<TestDatabase> created = new ArrayList<>();

    @AfterEach
    void drop() {
        created.forEach(database -> server.dropDatabase(database.name()));
    }

    @Test
    void aDatabaseAtAVersionIsAClonePreparedOnceAndEditingAStepMakesANewOne(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("0001_users.up.sql"), "CREATE TABLE users (id int);\n");
        Files.writeString(folder.resolve("0002_orders.up.sql"), "CREATE TABLE orders (id int);\n");
        MigrationSource source = MigrationSources.sql(folder.toString());

        TestDatabase first = at(source, "1");
        TestDatabase second = at(source, "1");

        assertThat(Databases.tables(first)).containsExactly("users");
        // a replay would record its own time; a clone carries the template's
        assertThat(installedOn(second)).isEqualTo(installedOn(first));
        try (Migrator migrator = Migrator.open(second, source)) {
            assertThat(migrator.current()).map(MigrationStep::version).contains("0001");
            migrator.migrateAll();
        }
        assertThat(Databases.tables(second)).containsExactly("orders", "users");
        assertThat(Databases.tables(at(source, "1"))).containsExactly("users");

        Files.writeString(folder.resolve("0001_users.up.sql"), "CREATE TABLE users (id bigint);\n");
        TestDatabase edited = at(source, "1");
        assertThat(installedOn(edited)).isNotEqualTo(installedOn(first));
    }

    @Test
    void aStepThatFailsWhileTheTemplateIsMadeReportsTheStep() {
        assertThatThrownBy(() -> at(MigrationSources.sql("classpath:migrations/sql/syntax"), "2"))
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Migration 0002 broken up failed");
    }

    private TestDatabase at(MigrationSource source, String version) {
        TestDatabase database = MigratedDatabases.at(server, source, MigrationSettings.defaults(), version);
        created.add(database);
        return database;
    }

    private static List<String> installedOn(TestDatabase database) throws SQLException {
        return Databases.query(database, "SELECT installed_on::text FROM migrationtest_schema_history");
    }

}
