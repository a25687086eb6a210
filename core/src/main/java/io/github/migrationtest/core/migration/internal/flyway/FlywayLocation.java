package io.github.migrationtest.core.migration.internal.flyway;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.internal.Locations;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One Flyway location as Flyway spells it: {@code classpath:db/migration}, {@code filesystem:/srv/sql}, or
 * {@code db/migration}, which Flyway reads as a classpath location.
 *
 * @param configured the location as configured, for messages and for Flyway itself
 * @param classpath whether it is a classpath location
 * @param path the resource path (classpath) or the file system path, without prefix or trailing slash
 */
record FlywayLocation(String configured, boolean classpath, String path) {

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    /**
     * Parses a location.
     *
     * @throws MigrationException for prefixes this source cannot scan (cloud storage, wildcards)
     */
    static FlywayLocation parse(String location) {
        String trimmed = location.strip();
        if (trimmed.contains("*") || trimmed.contains("?")) {
            throw MigrationException.invalid("The Flyway location `" + location + "` has a wildcard, which this "
                    + "source does not support. Name each folder: classpath:db/migration/a, classpath:db/migration/b.");
        }
        if (trimmed.startsWith(FILESYSTEM)) {
            return new FlywayLocation(trimmed, false, strip(trimmed.substring(FILESYSTEM.length()), false));
        }
        if (trimmed.startsWith(CLASSPATH)) {
            return new FlywayLocation(trimmed, true, strip(trimmed.substring(CLASSPATH.length()), true));
        }
        if (trimmed.matches("^[a-z0-9]+:.*") && !trimmed.matches("^[A-Za-z]:[\\\\/].*")) {
            throw MigrationException.invalid("The Flyway location `" + location + "` has a prefix this source cannot "
                    + "read; use classpath:<folder> or filesystem:<path>.");
        }
        return new FlywayLocation(CLASSPATH + strip(trimmed, true), true, strip(trimmed, true));
    }

    private static String strip(String path, boolean classpath) {
        String result = path.replaceAll("[/\\\\]+$", "");
        return classpath ? result.replaceAll("^/+", "") : result;
    }

    /**
     * The directories this location names: every classpath root that has the folder (test and main classes, jars),
     * or the one file system folder.
     *
     * @throws MigrationException naming the location and the fix if there is none
     */
    List<Path> roots(ClassLoader loader) {
        if (!classpath) {
            Path dir = Paths.get(path).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw MigrationException.invalid("The Flyway location `" + configured + "` does not exist (resolved to "
                        + dir + ", working directory " + Paths.get("").toAbsolutePath() + "). Flyway only warns "
                        + "about a missing location and then migrates nothing; check the path, or use "
                        + "classpath:<folder> for a folder on the test classpath.");
            }
            return List.of(dir);
        }
        List<Path> roots = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(path))) {
                Path dir = Locations.toPath(url);
                if (Files.isDirectory(dir)) {
                    roots.add(dir);
                }
            }
        } catch (IOException e) {
            throw MigrationException.invalid("Cannot read the Flyway location `" + configured + "`: " + e.getMessage(),
                    e);
        }
        if (roots.isEmpty()) {
            throw MigrationException.invalid("The Flyway location `" + configured + "` does not exist: no folder "
                    + path + " on the classpath. Flyway only warns about a missing location and then migrates "
                    + "nothing; check the location (put the scripts under src/test/resources/" + path + " or "
                    + "src/main/resources/" + path + "), or use filesystem:<path> for a folder on disk.");
        }
        return roots;
    }

    /** How a file under one of the roots is named in steps: {@code db/migration/V3__add_email.sql}. */
    String name(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return path.isEmpty() ? relative : path + "/" + relative;
    }
}
