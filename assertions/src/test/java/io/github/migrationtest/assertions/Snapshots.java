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

    /** A table with a constraint of each kind, a partial index and two policies, for the navigation below tables. */
    static final String ACCOUNTS_AND_USERS = "CREATE TABLE accounts (id int PRIMARY KEY); "
            + "CREATE TABLE users (id int PRIMARY KEY, account_id int REFERENCES accounts ON DELETE CASCADE, "
            + "email text UNIQUE, position int, price numeric CHECK (price > 0), tenant int, deleted_at timestamptz, "
            + "CONSTRAINT users_position_key UNIQUE (position) DEFERRABLE INITIALLY DEFERRED); "
            + "ALTER TABLE users ADD CONSTRAINT users_tenant_check CHECK (tenant > 0) NOT VALID; "
            + "CREATE INDEX users_live_idx ON users (email) WHERE deleted_at IS NULL; "
            + "ALTER TABLE users ENABLE ROW LEVEL SECURITY; "
            + "CREATE POLICY tenant_isolation ON users USING (tenant = 1); "
            + "CREATE POLICY positive_prices ON users AS RESTRICTIVE FOR INSERT WITH CHECK (price > 0)";

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
