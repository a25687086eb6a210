package io.github.migrationtest.core.migration;

import io.github.migrationtest.core.migration.internal.SqlFolderSource;
import io.github.migrationtest.core.migration.internal.flyway.FlywaySource;
import io.github.migrationtest.core.migration.internal.liquibase.LiquibaseSource;
import io.github.migrationtest.core.postgres.internal.Integrations;

/**
 * Factories for the built-in migration sources.
 *
 * @since 0.1
 */
public final class MigrationSources {

    private MigrationSources() {
    }

    /**
     * A folder of plain SQL migrations: {@code 0001_name.up.sql} / {@code .down.sql} pairs, {@code 0001_name/up.sql}
     * + {@code down.sql} folders, or {@code 0001_name.sql} files with {@code -- migrate:up} / {@code -- migrate:down}
     * sections. Versions sort naturally ({@code 2 < 10}).
     *
     * @param location a folder path, or {@code classpath:<folder>}
     */
    public static MigrationSource sql(String location) {
        return new SqlFolderSource(location);
    }

    /**
     * A Liquibase changelog (XML, YAML, JSON or formatted SQL, with includes): one step per changeset, in changelog
     * order, versioned by changeset id. Needs {@code org.liquibase:liquibase-core} 5 on the classpath.
     *
     * @param changelog a file path, or {@code classpath:<file>}
     */
    public static MigrationSource liquibase(String changelog) {
        return liquibase(changelog, "", "");
    }

    /**
     * A Liquibase changelog, with only the changesets that the contexts and labels select.
     *
     * @param changelog a file path, or {@code classpath:<file>}
     * @param contexts a Liquibase context filter such as {@code test} or {@code !slow}; empty for every changeset
     * @param labels a Liquibase label filter such as {@code v1 and !experimental}; empty for every changeset
     */
    public static MigrationSource liquibase(String changelog, String contexts, String labels) {
        require(Integrations.LIQUIBASE, "Liquibase");
        return new LiquibaseSource(changelog, contexts, labels);
    }

    private static void require(Integrations integration, String tool) {
        if (!integration.present()) {
            throw new IllegalStateException(tool + " (" + integration.coordinates() + ") is not on the classpath. "
                    + integration.howToAdd());
        }
    }

    /**
     * Flyway migrations, applied by Flyway itself (needs {@code org.flywaydb:flyway-core} and
     * {@code org.flywaydb:flyway-database-postgresql} on the test classpath).
     *
     * <p>Each versioned migration is a step: {@code V3__add_email.sql}, or a Java migration extending
     * {@code BaseJavaMigration} such as {@code V4__Backfill_emails}, in Flyway's version order. Its down is the undo
     * script {@code U3__add_email.sql} if there is one; Java migrations have none. An up runs Flyway
     * {@code migrate} with the step as target, so Flyway runs the script, placeholders and all, and writes
     * {@code flyway_schema_history}; a down runs the undo script and deletes the step's history row, so that Flyway
     * sees the version as pending again. Repeatable migrations ({@code R__views.sql}) are not steps: Flyway applies
     * the new or changed ones after the versioned ones of every up.
     *
     * @param locations Flyway locations: {@code classpath:db/migration}, {@code filesystem:src/main/sql}, or
     *     {@code db/migration} (the classpath, as in Flyway); none means {@code classpath:db/migration}
     * @since 0.1
     */
    public static MigrationSource flyway(String... locations) {
        require(Integrations.FLYWAY, "Flyway");
        return new FlywaySource(locations);
    }
}
