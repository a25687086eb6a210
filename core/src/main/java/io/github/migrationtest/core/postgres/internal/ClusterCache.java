package io.github.migrationtest.core.postgres.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps one freshly initdb'd cluster and the unpacked binaries per binaries version, so later servers copy the
 * cluster and start {@code postgres} directly instead of unpacking and running initdb again.
 */
final class ClusterCache {

    private ClusterCache() {
    }

    /** A pristine cluster and the {@code bin} directory of the binaries that made it. */
    record Cluster(Path data, Path bin) {
    }

    /** The cluster for these binaries, created on first use. Safe across threads and JVMs. */
    static synchronized Cluster pristine(Path root, String binariesVersion, JarBinaryResolver binaries) {
        Path cluster = root.resolve("clusters").resolve(binariesVersion);
        // binaries stay on disk (about 100 MB a version); only data needs tmpfs speed
        Path unpacked = Path.of(System.getProperty("java.io.tmpdir"), "migrationtest", "binaries", binariesVersion);
        Optional<Path> bin = binDirectory(unpacked);
        if (Files.isRegularFile(cluster.resolve("PG_VERSION")) && bin.isPresent()) {
            return new Cluster(cluster, bin.get());
        }
        Directories.delete(cluster);
        try {
            Files.createDirectories(cluster.getParent());
            Path staging = Files.createTempDirectory(cluster.getParent(), binariesVersion + ".staging");
            try {
                // zonky runs initdb when the directory has no postgresql.conf; stopping it cleanly makes the copy valid.
                EmbeddedPostgres.builder()
                        .setPgBinaryResolver(binaries)
                        .setOverrideWorkingDirectory(unpacked.toFile())
                        .setDataDirectory(staging)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setLocaleConfig("locale", "C")
                        .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                        .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .close();
                Files.deleteIfExists(staging.resolve("epg-lock"));
                Files.move(staging, cluster, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                // another JVM made the same cluster first
            } finally {
                Directories.delete(staging);
            }
            return new Cluster(cluster, binDirectory(unpacked).orElseThrow(() -> new IllegalStateException(
                    "zonky unpacked no PostgreSQL binaries under " + unpacked)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a PostgreSQL cluster under " + cluster, e);
        }
    }

    // zonky unpacks into <working dir>/PG-<digest>/ and marks a finished unpack with .exists
    private static Optional<Path> binDirectory(Path unpacked) {
        if (!Files.isDirectory(unpacked)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(dir -> Files.exists(dir.resolve(".exists")))
                    .map(dir -> dir.resolve("bin"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("postgres"))
                            || Files.isRegularFile(dir.resolve("postgres.exe")))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
