package io.github.migrationtest.core.postgres.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where embedded servers keep their data: tmpfs ({@code /dev/shm}) when there is one with room, because cloning a
 * database there takes 16 ms against 501 ms on disk (PostgreSQL 17, 60 tables), else the temp directory.
 */
public final class DataRoot {

    /** Overrides the choice, e.g. to keep data on disk for inspection. */
    public static final String PROPERTY = "migrationtest.embedded.data-root";

    private static final long MIN_FREE_BYTES = 512L * 1024 * 1024;

    private DataRoot() {
    }

    /** The root directory, created if needed. */
    public static Path get() {
        String configured = System.getProperty(PROPERTY);
        Path root;
        if (configured != null && !configured.isBlank()) {
            root = Paths.get(configured);
        } else {
            Path shm = Paths.get("/dev/shm");
            root = hasRoom(shm) ? shm.resolve("migrationtest")
                    : Paths.get(System.getProperty("java.io.tmpdir"), "migrationtest");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the embedded data root " + root + " (set -D" + PROPERTY
                    + " to a writable directory)", e);
        }
        return root;
    }

    private static boolean hasRoom(Path dir) {
        try {
            return Files.isDirectory(dir) && Files.isWritable(dir)
                    && Files.getFileStore(dir).getUsableSpace() >= MIN_FREE_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
