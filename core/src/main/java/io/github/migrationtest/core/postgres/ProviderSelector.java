package io.github.migrationtest.core.postgres;

import io.github.migrationtest.core.postgres.internal.DockerProbe;
import io.github.migrationtest.core.postgres.internal.Integrations;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves {@link Provider#AUTO} and checks that a chosen provider can work here, before any server starts.
 *
 * @since 0.1
 */
public final class ProviderSelector {

    private static final System.Logger LOG = System.getLogger(ProviderSelector.class.getName());
    private static final Set<Selection> LOGGED = ConcurrentHashMap.newKeySet();
    private static volatile Optional<String> dockerUnavailable;

    private ProviderSelector() {
    }

    /**
     * The provider to use, and why.
     *
     * @param provider the provider
     * @param reason why it was chosen, e.g. {@code a Docker engine answered}
     * @since 0.1
     */
    public record Selection(Provider provider, String reason) {
    }

    /**
     * Chooses a provider and checks its prerequisites. The first time a choice is made in this JVM it is logged
     * with its reason.
     *
     * @param requested the configured provider, possibly {@link Provider#AUTO}
     * @param externalUrl the configured external JDBC URL, or empty
     * @throws ProvisioningException if the provider cannot work here; the message says what was tried and the fix
     */
    public static Selection select(Provider requested, String externalUrl) {
        boolean urlSet = externalUrl != null && !externalUrl.isBlank();
        Selection selection = switch (requested) {
            case EMBEDDED -> new Selection(Provider.EMBEDDED, requireEmbedded("it was configured"));
            case TESTCONTAINERS -> new Selection(Provider.TESTCONTAINERS, requireDocker());
            case EXTERNAL -> new Selection(Provider.EXTERNAL, requireUrl(urlSet));
            case AUTO, DEFAULT -> auto(urlSet);
        };
        if (LOGGED.add(selection)) {
            LOG.log(Level.INFO, "migrationtest: using the " + selection.provider().id() + " provider: "
                    + selection.reason());
        }
        return selection;
    }

    private static Selection auto(boolean urlSet) {
        if (urlSet) {
            return new Selection(Provider.EXTERNAL, "migrationtest.external.url is set (AUTO prefers it)");
        }
        List<String> tried = new ArrayList<>();
        tried.add("external: migrationtest.external.url is not set");
        if (!Integrations.TESTCONTAINERS.present()) {
            tried.add("testcontainers: " + Integrations.TESTCONTAINERS.coordinates() + " is not on the classpath");
        } else {
            Optional<String> why = dockerUnavailable();
            if (why.isEmpty()) {
                return new Selection(Provider.TESTCONTAINERS, "a Docker engine answered and no external URL is set");
            }
            tried.add("testcontainers: " + why.get());
        }
        if (Integrations.EMBEDDED.present()) {
            return new Selection(Provider.EMBEDDED, "AUTO tried " + String.join("; ", tried));
        }
        tried.add("embedded: " + Integrations.EMBEDDED.coordinates() + " is not on the classpath");
        throw new ProvisioningException("No PostgreSQL provider is available. Tried:\n  "
                + String.join("\n  ", tried) + "\nFix one of them; the simplest is the embedded provider, which "
                + "needs nothing installed. " + Integrations.EMBEDDED.howToAdd());
    }

    private static String requireEmbedded(String reason) {
        if (!Integrations.EMBEDDED.present()) {
            throw new ProvisioningException("The embedded provider needs " + Integrations.EMBEDDED.coordinates()
                    + ", which is not on the classpath. " + Integrations.EMBEDDED.howToAdd());
        }
        return reason;
    }

    private static String requireDocker() {
        if (!Integrations.TESTCONTAINERS.present()) {
            throw new ProvisioningException("The testcontainers provider needs "
                    + Integrations.TESTCONTAINERS.coordinates() + ", which is not on the classpath. "
                    + Integrations.TESTCONTAINERS.howToAdd());
        }
        Optional<String> why = dockerUnavailable();
        if (why.isPresent()) {
            throw new ProvisioningException("The testcontainers provider needs a Docker engine, but " + why.get()
                    + ". Start Docker (`docker info` must answer), or choose another provider: "
                    + "@MigrationTest(provider = Provider.EMBEDDED) or -Dmigrationtest.provider=embedded.");
        }
        return "it was configured and a Docker engine answered";
    }

    private static String requireUrl(boolean urlSet) {
        if (!urlSet) {
            throw new ProvisioningException("The external provider needs a JDBC URL: set "
                    + "migrationtest.external.url=jdbc:postgresql://host:5432/postgres (and migrationtest.external.user"
                    + " / migrationtest.external.password) as a system property or in junit-platform.properties.");
        }
        return "it was configured";
    }

    // Asking Docker takes up to seconds when none runs; the answer holds for the run.
    private static Optional<String> dockerUnavailable() {
        Optional<String> cached = dockerUnavailable;
        if (cached == null) {
            synchronized (ProviderSelector.class) {
                cached = dockerUnavailable;
                if (cached == null) {
                    cached = DockerProbe.whyUnavailable();
                    dockerUnavailable = cached;
                }
            }
        }
        return cached;
    }
}
