package io.github.migrationtest.core.postgres;

import io.github.migrationtest.core.postgres.internal.EmbeddedPostgresServer;
import io.github.migrationtest.core.postgres.internal.ExternalPostgresServer;
import io.github.migrationtest.core.postgres.internal.TestcontainersPostgresServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The servers of this JVM: one per distinct {@link ServerSpec}, started on first use and stopped when
 * {@link #closeAll()} runs or the JVM exits (also after failures or Ctrl-C).
 *
 * @since 0.1
 */
public final class PostgresServers {

    private static final PostgresServers SHARED = new PostgresServers();
    private static final AtomicBoolean HOOK = new AtomicBoolean();

    private final ConcurrentMap<ServerSpec, Slot> slots = new ConcurrentHashMap<>();

    private PostgresServers() {
    }

    /** The JVM-wide registry. */
    public static PostgresServers shared() {
        if (!HOOK.getAndSet(true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(SHARED::closeAtExit, "migrationtest-servers-shutdown"));
        }
        return SHARED;
    }

    /**
     * The running server for a spec, starting it if needed. A failed start is remembered, so every test that
     * needs that server fails at once with the same message.
     *
     * @throws ProvisioningException if the server cannot be started
     */
    public PostgresServer server(ServerSpec spec) {
        return slots.computeIfAbsent(spec, Slot::new).get();
    }

    /**
     * Stops every server, in parallel, and forgets them; the next {@link #server(ServerSpec)} starts a new one.
     *
     * @throws ProvisioningException if any server failed to stop, with the others' failures suppressed
     */
    public void closeAll() {
        List<Slot> all = new ArrayList<>(slots.values());
        slots.clear();
        // External servers first: one may be served by a server this JVM started (tests of the external provider).
        List<RuntimeException> failures = new ArrayList<>();
        all.stream().filter(slot -> slot.spec.provider() == Provider.EXTERNAL).map(Slot::close)
                .filter(e -> e != null).forEach(failures::add);
        all.parallelStream().filter(slot -> slot.spec.provider() != Provider.EXTERNAL).map(Slot::close)
                .filter(e -> e != null).forEachOrdered(failures::add);
        if (!failures.isEmpty()) {
            ProvisioningException failure = new ProvisioningException("Could not stop every PostgreSQL server");
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private void closeAtExit() {
        try {
            closeAll();
        } catch (RuntimeException e) {
            System.getLogger(PostgresServers.class.getName()).log(System.Logger.Level.WARNING,
                    "migrationtest: stopping the PostgreSQL servers at exit failed", e);
        }
    }

    private static PostgresServer start(ServerSpec spec) {
        return switch (spec.provider()) {
            case EMBEDDED -> {
                requireSupported(spec);
                yield EmbeddedPostgresServer.start(spec);
            }
            case TESTCONTAINERS -> {
                requireSupported(spec);
                yield TestcontainersPostgresServer.start(spec);
            }
            case EXTERNAL -> ExternalPostgresServer.connect(spec);
            case AUTO, DEFAULT -> throw new IllegalArgumentException("resolve AUTO with ProviderSelector first");
        };
    }

    private static void requireSupported(ServerSpec spec) {
        if (!PostgresVersions.isSupported(spec.major())) {
            throw new ProvisioningException("PostgreSQL " + spec.major() + " is not supported by the "
                    + spec.provider().id() + " provider. Supported versions: " + PostgresVersions.SUPPORTED + ".");
        }
    }

    private static final class Slot {

        private final ServerSpec spec;
        private volatile PostgresServer server;
        private volatile ProvisioningException failure;

        Slot(ServerSpec spec) {
            this.spec = spec;
        }

        synchronized PostgresServer get() {
            if (server != null) {
                return server;
            }
            if (failure != null) {
                throw new ProvisioningException(failure.getMessage(), failure);
            }
            try {
                server = start(spec);
                return server;
            } catch (ProvisioningException e) {
                failure = e;
                throw e;
            } catch (RuntimeException e) {
                failure = new ProvisioningException("Could not start " + spec.label() + ": " + e, e);
                throw failure;
            }
        }

        synchronized RuntimeException close() {
            try {
                if (server != null) {
                    server.close();
                }
                return null;
            } catch (RuntimeException e) {
                return e;
            } finally {
                server = null;
            }
        }
    }
}
