package io.github.migrationtest.core.postgres.internal;

import io.github.migrationtest.core.postgres.ProvisioningException;
import io.github.migrationtest.core.postgres.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A server in a Docker container, with its data directory on a tmpfs mount.
 */
public final class TestcontainersPostgresServer extends JdbcPostgresServer {

    // A fresh tmpfs mount the postgres user can write to, whichever image: the official entrypoint runs as root
    // and chowns PGDATA, stand-ins that run as postgres only need a writable parent.
    private static final String TMPFS = "/pgtmpfs";

    private final PostgreSQLContainer container;

    private TestcontainersPostgresServer(ServerSpec spec, PostgreSQLContainer container) {
        super(spec, container.getJdbcUrl(), container.getUsername(), container.getPassword());
        this.container = container;
    }

    /** Starts a container for the spec's image. */
    public static TestcontainersPostgresServer start(ServerSpec spec) {
        List<String> command = new ArrayList<>(List.of("postgres"));
        ServerSettings.OWNED.forEach((key, value) -> command.addAll(List.of("-c", key + "=" + value)));
        PostgreSQLContainer container = new PostgreSQLContainer(
                DockerImageName.parse(spec.image()).asCompatibleSubstituteFor("postgres"))
                .withTmpFs(Map.of(TMPFS, "rw,mode=1777"))
                .withEnv("PGDATA", TMPFS + "/data");
        container.setCommand(command.toArray(String[]::new));
        try {
            container.start();
            return new TestcontainersPostgresServer(spec, container);
        } catch (RuntimeException e) {
            container.stop();
            throw new ProvisioningException("Could not start PostgreSQL " + spec.major() + " in Docker image `"
                    + spec.image() + "`: " + e.getMessage() + rootCause(e)
                    + "\nCheck that the image exists (docker pull " + spec.image() + ") or set another one with "
                    + "`image` / migrationtest.testcontainers.image.", e);
        }
    }

    /** The container's id, for diagnostics. */
    public String containerId() {
        return container.getContainerId();
    }



    @Override
    protected void stop() {
        container.stop();
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? "" : " (" + root + ")";
    }
}
