package io.github.migrationtest.core.traffic.internal;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/** Opens the traffic's connections, named so that they can be found in {@code pg_stat_activity}. */
public final class TrafficConnections {

    /** The {@code application_name} of every traffic connection. */
    public static final String APPLICATION_NAME = "migrationtest-traffic";

    private TrafficConnections() {
    }

    /**
     * A connection with the query timeout set and auto-commit off (the worker rolls back every query).
     *
     * @throws SQLException if the server refuses the connection
     */
    public static Connection open(TestDatabase database, Duration queryTimeout) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        Connection connection = DriverManager.getConnection(database.jdbcUrl(), properties);
        try (Statement statement = connection.createStatement()) {
            // Set while auto-commit is on, so that the first rollback does not undo them; the URL may name the
            // application otherwise, and the name is how leftovers are found.
            statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
            statement.execute("SET statement_timeout = " + queryTimeout.toMillis());
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
