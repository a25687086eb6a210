package io.github.migrationtest.core.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database created for one test, cloned from a template; its owner drops it afterwards.
 *
 * @param name the database name, always starting with {@value DatabaseNames#PREFIX}
 * @param jdbcUrl the JDBC URL of the database
 * @param user the user to connect as
 * @param password the password, possibly empty; never shown by {@link #toString()}
 * @since 0.1
 */
public record TestDatabase(String name, String jdbcUrl, String user, String password) {

    public TestDatabase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        password = Objects.requireNonNullElse(password, "");
    }

    /** A new, unpooled {@link DataSource} for this database. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /**
     * Opens a new connection to this database; the caller closes it.
     *
     * @throws SQLException if the server refuses the connection
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    @Override
    public String toString() {
        return "TestDatabase[" + name + " at " + jdbcUrl + " as " + user + "]";
    }
}
