package io.github.migrationtest.core.migration.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationException.Kind;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywaySourceTests {

    private static final String BASIC = "classpath:migrations/flyway/basic";

    private final PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(17));
    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(db -> server.dropDatabase(db.name()));
    }

    @Test
    void plansVersionedMigrationsInFlywayOrderWithoutADatabase() {
        MigrationPlan plan = MigrationSources.flyway(BASIC).plan();

        assertThat(plan.source()).isEqualTo("Flyway " + BASIC);
        assertThat(plan.steps()).extracting(MigrationStep::version).containsExactly("1", "2", "3", "4");
        assertThat(plan.steps()).extracting(MigrationStep::description)
                .containsExactly("create users", "add email", "index email", "comment users");
        assertThat(plan.steps()).extracting(MigrationStep::hasDown).containsExactly(true, true, true, false);
        assertThat(plan.steps()).extracting(MigrationStep::transactional).containsExactly(true, true, false, true);
        MigrationStep first = plan.step("1");
        assertThat(first.location()).isEqualTo("migrations/flyway/basic/V1__create_users.sql");
        assertThat(first.downLocation()).contains("migrations/flyway/basic/U1__create_users.sql");
        assertThat(plan.step("4").noDownReason()).contains("no undo script U4__comment_users.sql");
        assertThat(plan.steps()).extracting(MigrationStep::checksum).doesNotHaveDuplicates();
        // Flyway reads a location without prefix from the classpath; checksums are stable
        assertThat(MigrationSources.flyway("migrations/flyway/basic").plan().steps()).isEqualTo(plan.steps());
    }

    @Test
    void movesUpAndDownKeepingFlywaySchemaHistoryTrue() throws SQLException {
        TestDatabase db = database();
        MigrationSource source = MigrationSources.flyway(BASIC);
        try (Migrator migrator = Migrator.open(db, source)) {
            assertThat(migrator.current()).isEmpty();
            assertThat(migrator.pending()).extracting(MigrationStep::version).containsExactly("1", "2", "3", "4");

            migrator.migrateTo("2");
            assertThat(history(db)).containsExactly("1 create users SQL true", "2 add email SQL true");
            assertThat(columns(db, "users")).containsExactly("id", "name", "email");
            assertThat(migrator.current().map(MigrationStep::version)).contains("2");

            migrator.up(migrator.step("3"));
            assertThat(history(db)).endsWith("3 index email SQL true");
            assertThat(query(db, "SELECT indisvalid::text FROM pg_index "
                    + "WHERE indexrelid = 'users_email_idx'::regclass"))
                    .containsExactly("true");

            migrator.down(migrator.step("3"));
            assertThat(query(db, "SELECT to_regclass('users_email_idx')::text")).containsOnlyNulls();
            assertThat(history(db)).containsExactly("1 create users SQL true", "2 add email SQL true");

            migrator.downTo("1");
            assertThat(columns(db, "users")).containsExactly("id", "name");
            assertThat(history(db)).containsExactly("1 create users SQL true");
            assertThat(migrator.pending()).extracting(MigrationStep::version).containsExactly("2", "3", "4");

            migrator.migrateAll();
            assertThat(history(db)).extracting(row -> row.split(" ")[0]).containsExactly("1", "2", "3", "4");
            assertThat(migrator.pending()).isEmpty();
            assertThat(migrator.current().map(MigrationStep::version)).contains("4");
        }
    }

    @Test
    void aRevertedStepIsPendingToFlywayItself() {
        TestDatabase db = database();
        try (Migrator migrator = Migrator.open(db, MigrationSources.flyway(BASIC))) {
            migrator.migrateTo("3");
            migrator.downTo("1");
        }
        Flyway flyway = Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations(BASIC).load();
        // as the source does: plain Flyway 13 waits forever on V3's CREATE INDEX CONCURRENTLY otherwise
        flyway.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        assertThat(flyway.info().pending()).extracting(info -> info.getVersion().getVersion())
                .containsExactly("2", "3", "4");
        assertThat(flyway.migrate().migrationsExecuted).isEqualTo(3);
    }

    @Test
    void aDownWithoutUndoScriptSaysWhy() {
        TestDatabase db = database();
        try (Migrator migrator = Migrator.open(db, MigrationSources.flyway(BASIC))) {
            migrator.migrateAll();
            assertThatThrownBy(() -> migrator.down(migrator.step("4")))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_DOWN))
                    .hasMessage("Step 4 comment users has no down: no undo script U4__comment_users.sql.");
        }
    }

    @Test
    void replacesPlaceholdersInVersionedAndUndoScripts() throws SQLException {
        TestDatabase db = database();
        MigrationSettings settings = new MigrationSettings(MigrationSettings.DEFAULT_LOCK_TIMEOUT,
                Map.of("table_name", "accounts", "owner", "ops"));
        try (Migrator migrator = Migrator.open(db, MigrationSources.flyway("classpath:migrations/flyway/placeholders"),
                settings)) {
            migrator.migrateAll();
            assertThat(query(db, "SELECT column_default FROM information_schema.columns "
                    + "WHERE table_name = 'accounts' AND column_name = 'owner'")).containsExactly("'ops'::text");

            migrator.down(migrator.step("1"));
            assertThat(query(db, "SELECT to_regclass('accounts')::text")).containsOnlyNulls();
            assertThat(history(db)).isEmpty();
        }
    }

    @Test
    void aMissingPlaceholderValueFailsTheStep() {
        TestDatabase db = database();
        MigrationSource source = MigrationSources.flyway("classpath:migrations/flyway/placeholders");
        try (Migrator migrator = Migrator.open(db, source)) {
            assertThatThrownBy(migrator::migrateAll).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("Migration 1 create table up failed")
                    .hasMessageContaining("table_name");
        }
    }

    @Test
    void runsJavaMigrationsAsStepsWithoutDown() throws SQLException {
        TestDatabase db = database();
        MigrationSource source = MigrationSources.flyway("classpath:migrations/flyway/javamig");
        MigrationStep seed = source.plan().step("2");
        assertThat(seed.description()).isEqualTo("Seed items");
        assertThat(seed.location()).isEqualTo("migrations.flyway.javamig.V2__Seed_items");
        assertThat(seed.noDownReason()).contains("Java migration: Flyway runs no undo for Java migrations");

        try (Migrator migrator = Migrator.open(db, source)) {
            migrator.migrateAll();
            assertThat(query(db, "SELECT count(*)::text FROM items")).containsExactly("3");
            assertThat(history(db)).containsExactly("1 create items SQL true", "2 Seed items JDBC true");
            assertThatThrownBy(() -> migrator.down(seed)).isInstanceOfSatisfying(MigrationException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.NO_DOWN));
        }
    }

    @Test
    void appliesRepeatableMigrationsWithTheVersionedOnes() throws SQLException {
        TestDatabase db = database();
        MigrationSource source = MigrationSources.flyway("classpath:migrations/flyway/repeatable");
        assertThat(source.plan().steps()).extracting(MigrationStep::version).containsExactly("1", "2");
        try (Migrator migrator = Migrator.open(db, source)) {
            migrator.up(migrator.step("1"));
            assertThat(query(db, "SELECT to_regclass('user_names')::text")).containsExactly("user_names");
            assertThat(history(db)).containsExactly("1 create users SQL true", "null user names SQL true");
            assertThat(migrator.current().map(MigrationStep::version)).contains("1");
            assertThat(migrator.pending()).extracting(MigrationStep::version).containsExactly("2");
        }
    }

    @Test
    void aStepWaitingForALockFailsAfterTheLockTimeout() throws SQLException {
        TestDatabase db = database();
        MigrationSettings settings = MigrationSettings.defaults().withLockTimeout(Duration.ofMillis(300));
        try (Migrator migrator = Migrator.open(db, MigrationSources.flyway(BASIC), settings)) {
            migrator.migrateTo("1");
            try (Connection holder = db.connect(); Statement lock = holder.createStatement()) {
                holder.setAutoCommit(false);
                lock.execute("LOCK TABLE users IN ACCESS SHARE MODE");
                assertThatThrownBy(() -> migrator.up(migrator.step("2")))
                        .isInstanceOfSatisfying(MigrationException.class,
                                e -> assertThat(e.kind()).isEqualTo(Kind.LOCK_TIMEOUT))
                        .hasMessageContaining("\nLocation  : migrations/flyway/basic/V2__add_email.sql\n")
                        .hasMessageContaining("\nSQL State : 55P03\n");
            }
            assertThat(history(db)).containsExactly("1 create users SQL true");
        }
    }

    @Test
    void aMissingLocationIsAnErrorNotAWarning() {
        assertThatThrownBy(() -> MigrationSources.flyway("classpath:migrations/flyway/nope").plan())
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_SOURCE))
                .hasMessageStartingWith("The Flyway location `classpath:migrations/flyway/nope` does not exist")
                .hasMessageContaining("src/test/resources/migrations/flyway/nope");
        assertThatThrownBy(() -> MigrationSources.flyway("filesystem:no/such/folder").plan())
                .hasMessageStartingWith("The Flyway location `filesystem:no/such/folder` does not exist");
    }

    @Test
    void anEmptyLocationHasNoMigrations() {
        assertThatThrownBy(() -> MigrationSources.flyway("classpath:migrations/flyway/empty").plan())
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("The Flyway locations [classpath:migrations/flyway/empty] contain no "
                        + "versioned migrations.");
    }

    @Test
    void duplicateVersionsNameBothFiles() {
        assertThatThrownBy(() -> MigrationSources.flyway("classpath:migrations/flyway/duplicate").plan())
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Version 3 is used twice in Flyway classpath:migrations/flyway/duplicate: "
                        + "migrations/flyway/duplicate/V3__create_b.sql and "
                        + "migrations/flyway/duplicate/V3__create_c.sql.");
    }

    @Test
    void anUndoNeedsItsVersionedMigration() {
        assertThatThrownBy(() -> MigrationSources.flyway("classpath:migrations/flyway/orphanundo").plan())
                .isInstanceOf(MigrationException.class)
                .hasMessage("The undo script migrations/flyway/orphanundo/U4__create_d.sql in Flyway "
                        + "classpath:migrations/flyway/orphanundo has no versioned migration 4: add V4__create_d.sql, "
                        + "or delete the undo script.");
    }

    @Test
    void anUnparsableVersionNamesTheFile() {
        assertThatThrownBy(() -> MigrationSources.flyway("classpath:migrations/flyway/unparsable").plan())
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("The migration migrations/flyway/unparsable/Vx__foo.sql in Flyway "
                        + "classpath:migrations/flyway/unparsable has no valid Flyway version");
    }

    @Test
    void aJavaMigrationFlywayCannotInstantiateNamesTheClass() {
        assertThatThrownBy(() -> MigrationSources.flyway("classpath:migrations/flyway/badjava").plan())
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Flyway cannot instantiate the Java migration "
                        + "migrations.flyway.badjava.V1__Needs_argument")
                .hasMessageContaining("public no-argument constructor");
    }

    @Test
    void anEditedAppliedMigrationIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V1__create_a.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(dir.resolve("V2__create_b.sql"), "CREATE TABLE b (id int);\n");
        MigrationSource source = MigrationSources.flyway("filesystem:" + dir);
        TestDatabase db = database();
        try (Migrator migrator = Migrator.open(db, source)) {
            migrator.up(migrator.step("1"));
        }
        Files.writeString(dir.resolve("V1__create_a.sql"), "CREATE TABLE a (id bigint);\n");

        assertThatThrownBy(() -> Migrator.open(db, source))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.CHECKSUM_CHANGED))
                .hasMessageStartingWith("Step 1 create a changed after it was applied to " + db.name()
                        + ": V1__create_a.sql now has Flyway checksum ")
                .hasMessageContaining("Never edit an applied migration");
    }

    @Test
    void aSyntaxErrorNamesFileLineAndStatement() throws SQLException {
        TestDatabase db = database();
        MigrationSource source = MigrationSources.flyway("classpath:migrations/flyway/syntaxerror");
        try (Migrator migrator = Migrator.open(db, source)) {
            assertThatThrownBy(migrator::migrateAll)
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.STEP_FAILED);
                        assertThat(e.failure().orElseThrow().line()).contains(6);
                        assertThat(e.failure().orElseThrow().databaseVersion()).contains("1");
                    })
                    .hasMessageContaining("Migration 2 create b up failed\n")
                    .hasMessageContaining("\nLocation  : migrations/flyway/syntaxerror/V2__create_b.sql\n")
                    .hasMessageContaining("\nLine      : 6\n")
                    .hasMessageContaining("\nStatement : CREATE TABLE b (\n")
                    .hasMessageContaining("\nSQL State : 42704\n")
                    .hasMessageContaining("\nMessage   : ERROR: type \"txet\" does not exist\n")
                    .hasMessageEndingWith("\nDatabase  : at version 1");
            // the step ran in one transaction: its first statement is gone too
            assertThat(query(db, "SELECT count(*)::text FROM a")).containsExactly("0");
            assertThat(history(db)).containsExactly("1 create a SQL true");
            assertThat(migrator.current().map(MigrationStep::version)).contains("1");
        }
    }

    private TestDatabase database() {
        TestDatabase db = server.createDatabase();
        databases.add(db);
        return db;
    }

    private static List<String> history(TestDatabase db) throws SQLException {
        if (query(db, "SELECT to_regclass('flyway_schema_history')::text").get(0) == null) {
            return List.of();
        }
        return query(db, "SELECT concat_ws(' ', coalesce(version, 'null'), description, type, success::text) "
                + "FROM flyway_schema_history ORDER BY installed_rank");
    }

    private static List<String> columns(TestDatabase db, String table) throws SQLException {
        return query(db, "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    private static List<String> query(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

}
