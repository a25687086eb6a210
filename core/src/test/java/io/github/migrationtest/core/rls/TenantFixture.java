package io.github.migrationtest.core.rls;

import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A correct multi-tenant schema (forced RLS, one tenant policy reading {@code app.tenant_id} with missing_ok and
 * nullif, composite foreign keys, a partitioned table whose partitions the app cannot use, a global lookup table),
 * changed by one pitfall's SQL, then checked statically and probed live. Roles are named per fixture ({@code ${app}},
 * {@code ${owner}}), since roles are cluster-wide and tests run in parallel, and dropped afterwards.
 */
final class TenantFixture {

    static final String CORRECT = """
            CREATE ROLE ${owner} NOLOGIN;
            CREATE ROLE ${app} NOLOGIN;
            GRANT USAGE ON SCHEMA public TO ${app};
            CREATE TABLE countries (code text PRIMARY KEY, name text NOT NULL);
            CREATE TABLE customers (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                tenant_id int NOT NULL,
                name text NOT NULL,
                UNIQUE (tenant_id, id),
                UNIQUE (tenant_id, name));
            CREATE TABLE orders (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                tenant_id int NOT NULL,
                customer_id bigint NOT NULL,
                total numeric(10,2),
                CONSTRAINT orders_customer_fk FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id));
            CREATE TABLE docs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id int NOT NULL, title text);
            CREATE TABLE events (tenant_id int NOT NULL, payload text) PARTITION BY LIST (tenant_id);
            CREATE TABLE events_1 PARTITION OF events FOR VALUES IN (1);
            CREATE TABLE events_2 PARTITION OF events FOR VALUES IN (2);
            CREATE TABLE events_other PARTITION OF events DEFAULT;
            ALTER TABLE countries OWNER TO ${owner};
            ALTER TABLE customers OWNER TO ${owner};
            ALTER TABLE orders OWNER TO ${owner};
            ALTER TABLE docs OWNER TO ${owner};
            ALTER TABLE events OWNER TO ${owner};
            ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
            ALTER TABLE customers FORCE ROW LEVEL SECURITY;
            ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
            ALTER TABLE orders FORCE ROW LEVEL SECURITY;
            ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
            ALTER TABLE docs FORCE ROW LEVEL SECURITY;
            ALTER TABLE events ENABLE ROW LEVEL SECURITY;
            ALTER TABLE events FORCE ROW LEVEL SECURITY;
            CREATE POLICY tenant ON customers USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::int);
            CREATE POLICY tenant ON orders USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::int);
            CREATE POLICY tenant ON docs USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::int);
            CREATE POLICY tenant ON events USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::int);
            INSERT INTO docs (tenant_id, title) VALUES (7, 'kept');
            GRANT SELECT ON countries TO ${app};
            GRANT SELECT, INSERT, UPDATE, DELETE ON customers, orders, docs, events TO ${app};
            """;

    /** What one fixture gave. */
    record Result(TenantModel model, List<Finding> rules, List<Finding> probe, boolean leftNothingBehind) {

        /** The distinct ids of the static findings that are errors or warnings. */
        Set<String> ruleIds() {
            return ids(rules);
        }

        /** The distinct ids of the live findings that are errors or warnings. */
        Set<String> probeIds() {
            return ids(probe);
        }

        private static Set<String> ids(List<Finding> findings) {
            return findings.stream().filter(f -> f.severity() != Severity.INFO).map(Finding::rule)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private TenantFixture() {
    }

    static Result run(int major, String pitfall) throws SQLException {
        return run(major, pitfall, TenantOptions.defaults());
    }

    /** Builds the correct schema with the pitfall, discovers the model, checks it and probes it. */
    static Result run(int major, String pitfall, TenantOptions options) throws SQLException {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(major));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String app = "rls_app_" + suffix;
        String owner = "rls_owner_" + suffix;
        TestDatabase database = server.createDatabase();
        try {
            execute(database, (CORRECT + pitfall).replace("${app}", app).replace("${owner}", owner));
            SchemaSnapshot snapshot;
            TenantModel model;
            List<Finding> rules;
            String before;
            try (Connection connection = database.connect()) {
                snapshot = SchemaSnapshot.capture(connection);
                TenantOptions named = options.appRole().filter("${app}"::equals).isPresent()
                        ? options.withAppRole(app) : options;
                model = TenantModel.discover(connection, snapshot, named)
                        .orElseThrow(() -> new AssertionError("nothing discovered"));
                rules = RlsRules.findings(connection, snapshot, model, "0001");
                before = rowCounts(connection, model);
            }
            List<Finding> probe = IsolationProbe.run(database, snapshot, model, "0001");
            boolean clean;
            try (Connection connection = database.connect()) {
                clean = before.equals(rowCounts(connection, model))
                        && snapshot.equals(SchemaSnapshot.capture(connection));
            }
            return new Result(model, rules, probe, clean);
        } finally {
            server.dropDatabase(database.name());
            try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl("postgres"),
                    database.user(), database.password()); Statement statement = connection.createStatement()) {
                statement.execute("DROP ROLE IF EXISTS " + app + "; DROP ROLE IF EXISTS " + owner + ";"
                        + " DROP ROLE IF EXISTS " + app + "_x");
            }
        }
    }

    private static String rowCounts(Connection connection, TenantModel model) throws SQLException {
        StringBuilder counts = new StringBuilder();
        try (Statement statement = connection.createStatement()) {
            for (String table : model.tenantTables().keySet()) {
                try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    result.next();
                    counts.append(table).append('=').append(result.getLong(1)).append(' ');
                }
            }
        }
        return counts.toString();
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
