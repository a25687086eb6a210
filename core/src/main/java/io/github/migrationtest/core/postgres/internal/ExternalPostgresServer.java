package io.github.migrationtest.core.postgres.internal;

import io.github.migrationtest.core.postgres.ProvisioningException;
import io.github.migrationtest.core.postgres.ServerSpec;

/**
 * An existing server: this library only creates and drops its own {@code mt_} databases there.
 */
public final class ExternalPostgresServer extends JdbcPostgresServer {


    private ExternalPostgresServer(ServerSpec spec) {
        super(spec, spec.url(), spec.user(), spec.password());
    }

    /**
     * Connects to the server and checks its major against the one asked for, if any.
     *
     * @throws ProvisioningException if it cannot be reached or runs another major
     */
    public static ExternalPostgresServer connect(ServerSpec spec) {
        ExternalPostgresServer server = new ExternalPostgresServer(spec);
        if (spec.major() != 0 && spec.major() != server.majorVersion()) {
            server.close();
            throw new ProvisioningException("The external server at " + spec.url() + " runs PostgreSQL "
                    + server.version() + ", but PostgreSQL " + spec.major() + " was asked for. An external server "
                    + "serves only its own version: remove the version setting, or point migrationtest.external.url "
                    + "at a PostgreSQL " + spec.major() + " server.");
        }
        return server;
    }



    @Override
    protected boolean owned() {
        return false;
    }

    @Override
    protected void stop() {
        // not ours to stop
    }
}
