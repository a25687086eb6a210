package io.github.migrationtest.core.migration.internal.liquibase;

import io.github.migrationtest.core.migration.MigrationException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * Where a changelog is, and the {@link ResourceAccessor} Liquibase reads it and its includes through.
 *
 * <p>A {@code classpath:} changelog is read from the context class loader. A file changelog is read from its own
 * folder first (so its name in {@code databasechangelog} does not depend on the working directory), then from the
 * classpath, so that includes may name either.
 *
 * @param location the changelog as configured
 * @param path the changelog's path for Liquibase, relative to the accessor's roots
 * @param directory the changelog's folder, for a file changelog
 */
record ChangelogLocation(String location, String path, Optional<Path> directory) {

    private static final String CLASSPATH = "classpath:";

    static ChangelogLocation of(String location) {
        if (location.startsWith(CLASSPATH)) {
            return new ChangelogLocation(location, location.substring(CLASSPATH.length()).replaceAll("^/+", ""),
                    Optional.empty());
        }
        Path file = Paths.get(location).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw MigrationException.invalid("The Liquibase changelog `" + location + "` does not exist (resolved to "
                    + file + ", working directory " + Paths.get("").toAbsolutePath() + "). Check the path, or use "
                    + "classpath:<file> for a changelog on the test classpath.");
        }
        return new ChangelogLocation(location, file.getFileName().toString(), Optional.of(file.getParent()));
    }

    /**
     * Opens an accessor; the caller closes it with {@link #close(ResourceAccessor)}.
     *
     * @throws MigrationException if the changelog does not exist
     */
    ResourceAccessor open() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ResourceAccessor accessor;
        try {
            accessor = directory.isEmpty() ? new ClassLoaderResourceAccessor(loader)
                    : new CompositeResourceAccessor(new DirectoryResourceAccessor(directory.get()),
                            new ClassLoaderResourceAccessor(loader));
        } catch (FileNotFoundException e) {
            throw MigrationException.invalid("The folder of the Liquibase changelog `" + location + "` is gone: "
                    + e.getMessage(), e);
        }
        if (!exists(accessor, path)) {
            close(accessor);
            throw MigrationException.invalid("The Liquibase changelog `" + location + "` does not exist: no resource "
                    + path + " on the classpath. Check the location, or use a file path such as "
                    + "src/test/resources/" + path + ".");
        }
        return accessor;
    }

    /** The text of a changelog file (the master or an include), or empty if it cannot be read. */
    static Optional<String> text(ResourceAccessor accessor, String filePath) {
        try {
            Resource resource = accessor.get(filePath);
            if (!resource.exists()) {
                return Optional.empty();
            }
            try (InputStream in = resource.openInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty(); // only used for line numbers in messages
        }
    }

    static void close(ResourceAccessor accessor) {
        try {
            accessor.close();
        } catch (Exception e) {
            // closing only releases jar file systems; nothing to report
        }
    }

    private static boolean exists(ResourceAccessor accessor, String path) {
        try {
            return accessor.get(path).exists();
        } catch (IOException e) {
            return false;
        }
    }
}
