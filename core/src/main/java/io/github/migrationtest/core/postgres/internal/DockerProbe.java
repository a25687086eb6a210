package io.github.migrationtest.core.postgres.internal;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/**
 * Asks Testcontainers whether a Docker engine answers. Load only when {@link Integrations#TESTCONTAINERS} is
 * present.
 */
public final class DockerProbe {

    private DockerProbe() {
    }

    /**
     * Empty if Docker answers, else why not.
     */
    public static Optional<String> whyUnavailable() {
        try {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
            return Optional.of("no Docker engine answered (DOCKER_HOST="
                    + Optional.ofNullable(System.getenv("DOCKER_HOST")).orElse("unset") + ")");
        } catch (RuntimeException | LinkageError e) {
            return Optional.of("Testcontainers could not look for Docker: " + e);
        }
    }
}
