package io.github.migrationtest.core.migration;

import io.github.migrationtest.core.migration.internal.SqlFolderSource;

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
}
