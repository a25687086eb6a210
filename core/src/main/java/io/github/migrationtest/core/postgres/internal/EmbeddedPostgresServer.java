package io.github.migrationtest.core.postgres.internal;

import io.github.migrationtest.core.postgres.ProvisioningException;
import io.github.migrationtest.core.postgres.ServerSpec;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A server from the zonky binaries, its data directory copied from a cached cluster on tmpfs.
 */
public final class EmbeddedPostgresServer extends JdbcPostgresServer {

    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());
    private static final AtomicBoolean REAPED = new AtomicBoolean();

    private final PostgresProcess postgres;
    private final Path serverDir;

    private EmbeddedPostgresServer(ServerSpec spec, PostgresProcess postgres, Path serverDir) {
        super(spec, "jdbc:postgresql://localhost:" + postgres.port() + "/postgres", "postgres", "");
        this.postgres = postgres;
        this.serverDir = serverDir;
    }

    /** Starts a server for the spec's major. */
    public static EmbeddedPostgresServer start(ServerSpec spec) {
        Path jar = EmbeddedBinaries.jarFor(spec.major());
        Path root = DataRoot.get();
        Path servers = root.resolve("servers");
        if (!REAPED.getAndSet(true)) {
            OrphanReaper.reap(servers);
        }
        Path serverDir = null;
        try {
            ClusterCache.Cluster cluster = ClusterCache.pristine(root, EmbeddedBinaries.VERSIONS.get(spec.major()),
                    new JarBinaryResolver(jar));
            Files.createDirectories(servers);
            serverDir = Files.createTempDirectory(servers, "pg" + spec.major() + "-");
            OrphanReaper.claim(serverDir);
            Path data = serverDir.resolve("data");
            Directories.copy(cluster.data(), data);
            PostgresProcess postgres = PostgresProcess.start(cluster.bin(), data, serverDir.resolve("postgres.log"),
                    ServerSettings.OWNED);
            try {
                return new EmbeddedPostgresServer(spec, postgres, serverDir);
            } catch (RuntimeException e) {
                postgres.stop();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            if (serverDir != null) {
                Directories.delete(serverDir);
            }
            throw new ProvisioningException("Could not start embedded PostgreSQL " + spec.major() + " from " + jar
                    + ": " + e.getMessage(), e);
        }
    }

    /** The data directory, for diagnostics. */
    public Path dataDirectory() {
        return serverDir.resolve("data");
    }

    /** The postmaster's process id. */
    public long pid() {
        return postgres.pid();
    }

    @Override
    protected void stop() {
        try {
            postgres.stop();
        } catch (IOException e) {
            throw new ProvisioningException("Could not stop embedded PostgreSQL in " + serverDir + ": "
                    + e.getMessage(), e);
        } finally {
            if (!keptDatabases().isEmpty()) {
                try {
                    Files.writeString(serverDir.resolve(OrphanReaper.KEEP_FILE), "kept for inspection\n");
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not mark " + serverDir + " as kept", e);
                }
                LOG.log(Level.WARNING, "Kept the data of " + spec().label() + " with databases " + keptDatabases()
                        + " in " + dataDirectory() + "; start the server again with: " + postgres.restartCommand());
            } else {
                Directories.delete(serverDir);
            }
        }
    }
}
