package io.github.migrationtest.core.postgres;

/**
 * A running PostgreSQL server that hands out isolated databases.
 *
 * <p>Servers are shared: get one from {@link PostgresServers#server(ServerSpec)} rather than closing it yourself.
 * All methods are safe to call from several threads at once.
 *
 * @since 0.1
 */
public interface PostgresServer extends AutoCloseable {

    /** The spec this server was started for. */
    ServerSpec spec();

    /** The server's major version, read from the server. */
    int majorVersion();

    /** The server's full version, e.g. {@code 17.6}. */
    String version();

    /**
     * The JDBC URL of a database on this server.
     *
     * @param database the database name
     */
    String jdbcUrl(String database);

    /** A new, empty database (cloned from {@code template0}). */
    TestDatabase createDatabase();

    /**
     * A new database cloned from a template made by {@link #template(String, DatabaseInitializer)}.
     *
     * @param template the template's name
     */
    TestDatabase createDatabase(String template);

    /**
     * The template database for a key, created and filled by the initializer on first use and reused afterwards.
     *
     * @param key what the template holds, e.g. {@code empty} or a migration plan's checksum
     * @param initializer fills a new template; not called when the template exists
     * @return the template's name, for {@link #createDatabase(String)}
     */
    String template(String key, DatabaseInitializer initializer);

    /**
     * Drops a database created by this server, closing its remaining sessions first.
     *
     * @param name the database's name; names without the {@value DatabaseNames#PREFIX} prefix are refused
     */
    void dropDatabase(String name);

    /**
     * Keeps a database when the server closes, for inspection: it is neither dropped nor, on a server this library
     * started, deleted with the data directory (which is then left in place and logged).
     *
     * @param name a database this server created
     */
    void keep(String name);

    /** Stops the server (if this library started it) and drops every database it created. Idempotent. */
    @Override
    void close();
}
