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

    /** SHOP's trigger function and the trigger on {@code orders} that calls it. */
    static final String TOUCH_UPDATED_AT = """
            CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.updated_at := now();
                RETURN NEW;
            END
            $$;
            CREATE TRIGGER orders_touch_updated_at BEFORE UPDATE ON orders
                FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
            """;

    /** SHOP's SQL function. */
    static final String ORDER_COUNT = """
            CREATE FUNCTION order_count(p_user bigint) RETURNS bigint LANGUAGE sql STABLE
                AS $$ SELECT count(*) FROM orders WHERE user_id = p_user $$;
            """;

    /** SHOP's policy on {@code orders} (row-level security is left disabled, as the table's own property). */
    static final String TENANT_ISOLATION = """
            CREATE POLICY tenant_isolation ON orders USING (user_id = current_setting('app.user_id')::bigint);
            """;

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
                total numeric(10,2),
                updated_at timestamptz
            );
            CREATE SEQUENCE invoice_numbers;
            CREATE VIEW user_names AS SELECT id, name FROM users;
            CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;
            """ + TOUCH_UPDATED_AT + ORDER_COUNT + TENANT_ISOLATION;

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
