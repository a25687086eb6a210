package io.github.migrationtest.core.postgres.internal;

import io.github.migrationtest.core.postgres.ProvisioningException;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A server from the zonky binaries, started with its data directory copied from a cached cluster on tmpfs.
 */
public final class EmbeddedPostgresServer extends JdbcPostgresServer {

    private static final System.Logger LOG = System.getLogger(EmbeddedPostgresServer.class.getName());
    private static final AtomicBoolean REAPED = new AtomicBoolean();

    private final EmbeddedPostgres postgres;
    private final Path serverDir;

    private EmbeddedPostgresServer(ServerSpec spec, EmbeddedPostgres postgres, Path serverDir) {
        super(spec, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
        this.postgres = postgres;
        this.serverDir = serverDir;
    }

    /** Starts a server for the spec's major. */
    public static EmbeddedPostgresServer start(ServerSpec spec) {
        Path jar = EmbeddedBinaries.jarFor(spec.major());
        JarBinaryResolver binaries = new JarBinaryResolver(jar);
        Path root = DataRoot.get();
        Path servers = root.resolve("servers");
        if (!REAPED.getAndSet(true)) {
            OrphanReaper.reap(servers);
        }
        Path pristine = ClusterCache.pristine(root, EmbeddedBinaries.VERSIONS.get(spec.major()), binaries);
        Path serverDir = null;
        try {
            Files.createDirectories(servers);
            serverDir = Files.createTempDirectory(servers, "pg" + spec.major() + "-");
            OrphanReaper.claim(serverDir);
            Path data = serverDir.resolve("data");
            Directories.copy(pristine, data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(binaries)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverDir.resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverDir.resolve("postgres.log").toFile()));
            ServerSettings.OWNED.forEach(builder::setServerConfig);
            return new EmbeddedPostgresServer(spec, builder.start(), serverDir);
        } catch (IOException | RuntimeException e) {
            if (serverDir != null) {
                Directories.delete(serverDir);
            }
            throw new ProvisioningException("Could not start embedded PostgreSQL " + spec.major() + " from " + jar
                    + (serverDir == null ? "" : " (server log: " + serverDir.resolve("postgres.log") + ")") + ": "
                    + e.getMessage(), e);
        }
    }

    /** The data directory, for diagnostics. */
    public Path dataDirectory() {
        return serverDir.resolve("data");
    }

    /** The postmaster's process id. */
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new IllegalStateException("server " + spec().label() + " has no postmaster.pid", e);
        }
    }



    @Override
    protected void stop() {
        try {
            postgres.close();
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
                LOG.log(Level.INFO, "Kept the data of " + spec().label() + " in " + dataDirectory()
                        + "; start it again with: pg_ctl -D " + dataDirectory() + " start");
            } else {
                Directories.delete(serverDir);
            }
        }
    }
}
