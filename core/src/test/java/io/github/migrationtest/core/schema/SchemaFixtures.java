package io.github.migrationtest.core.schema;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh databases on embedded PostgreSQL of a given major, built by a script, and their snapshots. */
final class SchemaFixtures {

    /** A schema with one object of every kind the snapshot covers. */
    static final String SHOP = """
            CREATE TYPE mood AS ENUM ('sad', 'happy');
            CREATE TABLE users (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email varchar(255) NOT NULL,
                name text,
                mood mood
            );
            CREATE TABLE orders (
                id serial PRIMARY KEY,
                user_id bigint REFERENCES users (id),
                total numeric(10,2)
            );
            CREATE SEQUENCE invoice_numbers;
            CREATE VIEW user_names AS SELECT id, name FROM users;
            CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;
            """;

    private SchemaFixtures() {
    }

    static PostgresServer server(int major) {
        return PostgresServers.shared().server(ServerSpec.embedded(major));
    }

    /** The snapshot of a new database built by the script. */
    static SchemaSnapshot snapshot(int major, String script) throws SQLException {
        PostgresServer server = server(major);
        TestDatabase database = server.createDatabase();
        try {
            execute(database, script);
            return capture(database);
        } finally {
            server.dropDatabase(database.name());
        }
    }

    /** The diff a change makes to a new database built by the setup script. */
    static SchemaDiff diff(int major, String setup, String change) throws SQLException {
        PostgresServer server = server(major);
        TestDatabase database = server.createDatabase();
        try {
            execute(database, setup);
            SchemaSnapshot before = capture(database);
            execute(database, change);
            return SchemaDiff.between(before, capture(database));
        } finally {
            server.dropDatabase(database.name());
        }
    }

    static SchemaSnapshot capture(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaSnapshot.capture(connection);
        }
    }

    static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
