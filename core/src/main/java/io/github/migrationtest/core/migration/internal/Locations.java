package io.github.migrationtest.core.migration.internal;

import io.github.migrationtest.core.migration.MigrationException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/** Resolves a location ({@code classpath:db/migrations} or a file system path) to a directory. */
public final class Locations {

    private static final String CLASSPATH = "classpath:";

    private Locations() {
    }

    /**
     * The directory a location names.
     *
     * @param location the location as configured
     * @param what what is looked for, for messages ({@code SQL migrations folder})
     * @throws MigrationException if it does not exist or is not a directory
     */
    public static Path directory(String location, String what) {
        Path dir;
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length()).replaceAll("^/+", "");
            URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
            if (url == null) {
                throw MigrationException.invalid("The " + what + " `" + location + "` does not exist: no resource "
                        + resource + " on the classpath. Check the location, or use a file path such as "
                        + "src/main/resources/" + resource + ".");
            }
            dir = toPath(url);
        } else {
            dir = Paths.get(location).toAbsolutePath().normalize();
            if (!Files.exists(dir)) {
                throw MigrationException.invalid("The " + what + " `" + location + "` does not exist (resolved to "
                        + dir + ", working directory " + Paths.get("").toAbsolutePath() + "). Check the path, or use "
                        + "classpath:<folder> for a folder on the test classpath.");
            }
        }
        if (!Files.isDirectory(dir)) {
            throw MigrationException.invalid("The " + what + " `" + location + "` is not a directory: " + dir);
        }
        return dir;
    }

    /** A classpath resource as a path, opening the jar's file system when the resource is in a jar. */
    public static Path toPath(URL url) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.provider().getPath(uri);
            }
            return Paths.get(uri);
        } catch (URISyntaxException | IOException e) {
            throw MigrationException.invalid("Cannot read " + url + ": " + e.getMessage(), e);
        }
    }
}
