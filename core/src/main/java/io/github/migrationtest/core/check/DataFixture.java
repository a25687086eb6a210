package io.github.migrationtest.core.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Rows a team writes for a version, applied right after the battery reaches that version, before the next step
 * runs; the checks of the following steps then run against them.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DataFixture {

    /**
     * Writes the rows.
     *
     * @param connection an auto-commit connection to the database at the fixture's version
     * @throws Exception if the rows cannot be written; the battery reports it against the version
     */
    void apply(Connection connection) throws Exception;

    /** A SQL script, run as one multi-statement string. */
    static DataFixture sql(String script) {
        return connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(script);
            }
        };
    }

    /** A SQL file, read when applied. */
    static DataFixture file(Path file) {
        return connection -> {
            String script;
            try {
                script = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the data fixture " + file, e);
            }
            sql(script).apply(connection);
        };
    }
}
