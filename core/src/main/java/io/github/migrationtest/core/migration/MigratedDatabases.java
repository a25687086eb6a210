package io.github.migrationtest.core.migration;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;

/**
 * Databases already migrated to a version, cloned from a cached template instead of replaying the history.
 *
 * <p>The template is keyed by the checksums of every step up to the version (and the server, since templates live
 * on it), so editing any of those migrations makes a new template; steps after the version do not matter.
 *
 * @since 0.1
 */
public final class MigratedDatabases {

    private MigratedDatabases() {
    }

    /**
     * A new database with every step up to and including this version applied.
     *
     * @param server the server
     * @param source the history
     * @param settings how steps run while the template is made
     * @param version the version; its step must exist
     * @throws MigrationException if the history is invalid or a step fails while the template is made
     */
    public static TestDatabase at(PostgresServer server, MigrationSource source, MigrationSettings settings,
            String version) {
        MigrationPlan plan = source.plan();
        String key = "migrated " + plan.checksumUpTo(version);
        String template = server.template(key, database -> {
            try (Migrator migrator = Migrator.open(database, source, settings)) {
                migrator.migrateTo(version);
            }
        });
        return server.createDatabase(template);
    }
}
