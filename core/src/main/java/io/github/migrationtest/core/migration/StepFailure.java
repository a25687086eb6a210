package io.github.migrationtest.core.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how a step failed.
 *
 * @param step the step
 * @param direction {@code up} or {@code down}
 * @param location the file (or changeset) that failed
 * @param line the line in that file where the failing statement (or the error position in it) is, if known
 * @param statement the failing statement, if known
 * @param sqlState the SQLState, if the server reported one
 * @param message the server's (or tool's) message
 * @param position the error position within the statement, if the server reported one
 * @param databaseVersion the version the database is at after the failure, or empty before the first step
 * @param leftBehind what a failed non-transactional step left in the database, if anything
 * @param blockedBy the sessions that held the lock a statement waited for, if it timed out waiting
 * @since 0.1
 */
public record StepFailure(MigrationStep step, String direction, String location, Optional<Integer> line,
        Optional<String> statement, Optional<String> sqlState, String message, Optional<Integer> position,
        Optional<String> databaseVersion, Optional<String> leftBehind, Optional<String> blockedBy) {

    /** The Flyway-style aligned block used as the exception message. */
    public String render() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Step", step.label() + " (" + direction + ")");
        rows.put("Location", location);
        line.ifPresent(l -> rows.put("Line", l.toString()));
        statement.ifPresent(s -> rows.put("Statement", s.strip().replace("\n", "\n            ")));
        sqlState.ifPresent(s -> rows.put("SQL State", s));
        rows.put("Message", message);
        position.ifPresent(p -> rows.put("Position", p + " (in the statement)"));
        blockedBy.ifPresent(b -> rows.put("Blocked by", b));
        leftBehind.ifPresent(l -> rows.put("Left behind", l));
        rows.put("Database", "at " + databaseVersion.map(v -> "version " + v).orElse("no version (empty)"));
        StringBuilder text = new StringBuilder("Migration ").append(step.label()).append(' ').append(direction)
                .append(" failed\n");
        rows.forEach((label, value) -> text.append(String.format("%-10s: %s%n", label, value)));
        return text.toString().stripTrailing();
    }
}
