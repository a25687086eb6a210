package io.github.migrationtest.core.postgres.internal;

import io.github.migrationtest.core.postgres.DatabaseInitializer;
import io.github.migrationtest.core.postgres.DatabaseNames;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.ProvisioningException;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The database operations every provider shares, done over JDBC as the server's admin user.
 */
public abstract class JdbcPostgresServer implements PostgresServer {

    private static final int IDLE_ADMIN_CONNECTIONS = 4;

    private final ServerSpec spec;
    private final String adminUrl;
    private final String user;
    private final String password;
    private final int majorVersion;
    private final String version;
    private final LinkedBlockingQueue<Connection> idleAdmin = new LinkedBlockingQueue<>();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Object> templateLocks = new ConcurrentHashMap<>();
    private final Set<String> templates = ConcurrentHashMap.newKeySet();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    protected JdbcPostgresServer(ServerSpec spec, String adminUrl, String user, String password) {
        this.spec = spec;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT current_setting('server_version_num')::int, current_setting('server_version')")) {
            rs.next();
            this.majorVersion = rs.getInt(1) / 10000;
            this.version = rs.getString(2).split(" ")[0];
        } catch (SQLException e) {
            throw new ProvisioningException("Could not connect to " + adminUrl + " as `" + user + "`: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public ServerSpec spec() {
        return spec;
    }

    @Override
    public int majorVersion() {
        return majorVersion;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String jdbcUrl(String database) {
        return JdbcUrls.withDatabase(adminUrl, database);
    }

    @Override
    public TestDatabase createDatabase() {
        return createDatabase("template0");
    }

    @Override
    public TestDatabase createDatabase(String template) {
        String name = DatabaseNames.nextTestDatabase();
        create(name, template);
        return database(name);
    }

    @Override
    public String template(String key, DatabaseInitializer initializer) {
        String name = DatabaseNames.template(key);
        if (templates.contains(name)) {
            return name;
        }
        synchronized (templateLocks.computeIfAbsent(name, n -> new Object())) {
            if (templates.contains(name)) {
                return name;
            }
            create(name, "template0");
            try {
                initializer.initialize(database(name));
                // No session may stay on a template, or every clone fails with "is being accessed by other users".
                admin("ALTER DATABASE " + quote(name) + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
                terminateSessions(name);
            } catch (RuntimeException e) {
                dropDatabase(name);
                throw e;
            } catch (Exception e) {
                dropDatabase(name);
                throw new ProvisioningException("Could not fill template database " + name + " (" + key + "): "
                        + e.getMessage(), e);
            }
            templates.add(name);
            return name;
        }
    }

    @Override
    public void dropDatabase(String name) {
        if (!name.startsWith(DatabaseNames.PREFIX)) {
            throw new IllegalArgumentException("refusing to drop a database this library did not create: " + name);
        }
        if (templates.remove(name)) {
            admin("ALTER DATABASE " + quote(name) + " WITH IS_TEMPLATE false");
        }
        if (majorVersion >= 13) {
            admin("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        } else {
            terminateSessions(name);
            admin("DROP DATABASE IF EXISTS " + quote(name));
        }
        created.remove(name);
        kept.remove(name);
    }

    @Override
    public void keep(String name) {
        if (created.remove(name)) {
            kept.add(name);
        }
    }

    /** The databases kept for inspection. */
    public Set<String> keptDatabases() {
        return Set.copyOf(kept);
    }

    /** The databases this server created and has not dropped yet. */
    public Set<String> createdDatabases() {
        return Set.copyOf(created);
    }

    @Override
    public final void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        RuntimeException failure = null;
        try {
            dropCreatedDatabases();
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            Connection connection;
            while ((connection = idleAdmin.poll()) != null) {
                closeQuietly(connection);
            }
            try {
                stop();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Drops what this server created, before it stops; on a server that outlives us (external) this is all the
     * cleanup there is. A server this library owns is deleted whole, so it skips this (exit stays fast).
     */
    protected void dropCreatedDatabases() {
        if (owned()) {
            return;
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (String name : createdDatabases()) {
            try {
                dropDatabase(name);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Whether this library started the server (and may tune it), as opposed to an external one. */
    protected boolean owned() {
        return true;
    }

    /**
     * {@code STRATEGY FILE_COPY} on servers this library owns, 15+: it clones a 60-table template in 14.6 ms against
     * 20.5 ms for the default WAL_LOG (docs/performance.md), and the checkpoints it forces cost nothing with fsync
     * off. Not on a shared server, where those checkpoints are real.
     */
    private String createOptions() {
        return owned() && majorVersion >= 15 ? " STRATEGY FILE_COPY" : "";
    }

    /** Stops the server process or container, if this library owns it. */
    protected abstract void stop();

    private void create(String name, String template) {
        admin("CREATE DATABASE " + quote(name) + " TEMPLATE " + quote(template) + createOptions());
        created.add(name);
    }

    private TestDatabase database(String name) {
        return new TestDatabase(name, jdbcUrl(name), user, password);
    }

    private void terminateSessions(String name) {
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name.replace("'", "''")
                + "' AND pid <> pg_backend_pid()");
    }

    private void admin(String sql) {
        Connection connection = idleAdmin.poll();
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(adminUrl, user, password);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            if (!idleAdmin.offer(connection) || idleAdmin.size() > IDLE_ADMIN_CONNECTIONS) {
                idleAdmin.remove(connection);
                closeQuietly(connection);
            }
        } catch (SQLException e) {
            if (connection != null) {
                closeQuietly(connection);
            }
            throw new ProvisioningException(sql + " failed on " + adminUrl + ": " + e.getMessage()
                    + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the connection is gone either way
        }
    }
}
