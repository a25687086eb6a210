package io.github.migrationtest.assertions.internal;

import io.github.migrationtest.core.schema.SchemaJson;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and writes golden files of schema snapshots. Not for use outside this library. */
public final class GoldenFiles {

    /** The system property that, set to {@code true}, rewrites every golden file an assertion checks. */
    public static final String UPDATE_PROPERTY = "migrationtest.update-golden";

    private GoldenFiles() {
    }

    /** Whether golden files are to be rewritten, read at every check so that a test can set it. */
    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** The golden file's text, or empty when there is no such file. */
    public static Optional<String> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + file.toAbsolutePath(), e);
        }
    }

    /** Writes the snapshot's JSON to the file, creating its directories, and says so on stderr. */
    public static void write(Path file, SchemaSnapshot snapshot, String verb) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, SchemaJson.write(snapshot), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write golden file " + file.toAbsolutePath(), e);
        }
        // stderr, not a logger: the assertions module has no logging dependency and this must be seen
        System.err.println("migrationtest: " + verb + " golden file " + file.toAbsolutePath() + " ("
                + snapshot.objects().size() + " objects); review and commit it");
    }
}
