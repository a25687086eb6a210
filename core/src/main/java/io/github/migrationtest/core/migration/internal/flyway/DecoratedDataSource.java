package io.github.migrationtest.core.migration.internal.flyway;

import io.github.migrationtest.core.migration.MigrationSettings;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source Flyway gets: every connection passes through the settings' decorator. The lock timeout rides on
 * the startup options, so it is in effect before the decorator sees anything.
 */
final class DecoratedDataSource extends PGSimpleDataSource {

    private static final long serialVersionUID = 1L;

    private final transient MigrationSettings settings;

    DecoratedDataSource(MigrationSettings settings) {
        this.settings = settings;
    }

    // getConnection() delegates here, so decorating once here covers both
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return settings.decorate(super.getConnection(user, password));
    }
}
