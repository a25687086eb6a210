package io.github.migrationtest.assertions;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Captures real snapshots: a fresh database on embedded PostgreSQL 17, the SQL run, the database dropped. */
final class Snapshots {

    static final String USERS = "CREATE TABLE users (id int PRIMARY KEY, email varchar(255), "
            + "name text NOT NULL DEFAULT 'anon'); CREATE INDEX users_email_idx ON users (email)";

    private Snapshots() {
    }

    static SchemaSnapshot capture(String sql) throws SQLException {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(17));
        TestDatabase database = server.createDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return SchemaSnapshot.capture(connection);
        } finally {
            server.dropDatabase(database.name());
        }
    }
}
