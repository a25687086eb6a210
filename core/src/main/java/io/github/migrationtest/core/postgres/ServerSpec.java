package io.github.migrationtest.core.postgres;

import java.util.Objects;
import java.util.Optional;

/**
 * What server a test needs; servers are shared per JVM by equal specs.
 *
 * <p>Create one with {@link #embedded(int)}, {@link #testcontainers(int, String)} or {@link #external(String, String,
 * String)}. {@link Provider#AUTO} is resolved to one of these before a spec is built (see {@link ProviderSelector}).
 *
 * @param provider the provider, never {@link Provider#AUTO}
 * @param major the PostgreSQL major version; {@code 0} for an external server means "whatever it runs"
 * @param image the Docker image for {@link Provider#TESTCONTAINERS}, else empty
 * @param url the JDBC URL for {@link Provider#EXTERNAL}, else empty
 * @param user the user for {@link Provider#EXTERNAL}, else empty
 * @param password the password for {@link Provider#EXTERNAL}, else empty; never shown by {@link #toString()}
 * @since 0.1
 */
public record ServerSpec(Provider provider, int major, String image, String url, String user, String password) {

    /** The image pattern used when none is configured; {@code {major}} is replaced by the major version. */
    public static final String DEFAULT_IMAGE_PATTERN = "postgres:{major}";

    public ServerSpec {
        Objects.requireNonNull(provider, "provider");
        if (provider == Provider.AUTO || provider == Provider.DEFAULT) {
            throw new IllegalArgumentException("a server spec needs a resolved provider, not " + provider);
        }
        image = Objects.requireNonNullElse(image, "");
        url = Objects.requireNonNullElse(url, "");
        user = Objects.requireNonNullElse(user, "");
        password = Objects.requireNonNullElse(password, "");
    }

    /** A server from the embedded binaries of this major. */
    public static ServerSpec embedded(int major) {
        return new ServerSpec(Provider.EMBEDDED, major, "", "", "", "");
    }

    /**
     * A server in a Docker container.
     *
     * @param major the major version
     * @param imagePattern the image, where {@code {major}} stands for the major, e.g. {@code postgres:{major}-alpine}
     */
    public static ServerSpec testcontainers(int major, String imagePattern) {
        String pattern = imagePattern == null || imagePattern.isBlank() ? DEFAULT_IMAGE_PATTERN : imagePattern;
        return new ServerSpec(Provider.TESTCONTAINERS, major, pattern.replace("{major}", Integer.toString(major)), "",
                "", "");
    }

    /** An existing server; {@code 0} as major accepts whatever it runs. */
    public static ServerSpec external(String url, String user, String password) {
        return new ServerSpec(Provider.EXTERNAL, 0, "", url, user, password);
    }

    /** The same external server, required to run this major. */
    public ServerSpec withMajor(int requiredMajor) {
        return new ServerSpec(provider, requiredMajor, image, url, user, password);
    }

    /** The major if one was asked for. */
    public Optional<Integer> requestedMajor() {
        return major == 0 ? Optional.empty() : Optional.of(major);
    }

    /** A short label for display names and logs, e.g. {@code PostgreSQL 17 (embedded)}. */
    public String label() {
        String version = major == 0 ? "PostgreSQL" : "PostgreSQL " + major;
        return switch (provider) {
            case TESTCONTAINERS -> version + " (testcontainers " + image + ")";
            case EXTERNAL -> version + " (external " + url + ")";
            default -> version + " (" + provider.id() + ")";
        };
    }

    @Override
    public String toString() {
        return "ServerSpec[" + label() + (user.isEmpty() ? "" : ", user=" + user) + "]";
    }
}
