package io.github.migrationtest.core.migration.internal.liquibase;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepFailure;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import liquibase.exception.ValidationFailedException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns Liquibase's exception chains into this library's failures: the SQL error dug out, checksums recognised. */
final class LiquibaseFailures {

    private LiquibaseFailures() {
    }

    /**
     * The failure of a step.
     *
     * @param statement the last statement Liquibase sent
     * @param changelogText the text of the file that defines the step, for the line
     * @param versionAfterFailure the database's version, asked only here
     */
    static MigrationException of(MigrationStep step, String direction, Throwable error, Optional<String> statement,
            Optional<String> changelogText, Supplier<Optional<String>> versionAfterFailure) {
        Optional<ValidationFailedException> validation = find(error, ValidationFailedException.class);
        if (validation.isPresent() && !validation.get().getInvalidMD5Sums().isEmpty()) {
            return MigrationException.of(MigrationException.Kind.CHECKSUM_CHANGED, "Liquibase refused to " + direction
                    + " " + step.label() + " (" + step.location() + "): an applied changeset changed after it was "
                    + "applied: " + String.join("; ", validation.get().getInvalidMD5Sums()) + ". Never edit an "
                    + "applied changeset; add a new one instead.");
        }
        if (validation.isPresent()) {
            return MigrationException.invalid("Liquibase refused to " + direction + " " + step.label() + " ("
                    + step.location() + "): " + reason(validation.get()), error);
        }
        Optional<SQLException> sql = find(error, SQLException.class);
        Optional<ServerErrorMessage> server = sql.filter(PSQLException.class::isInstance)
                .map(e -> ((PSQLException) e).getServerErrorMessage());
        String message = server.map(s -> s.getSeverity() + ": " + s.getMessage()
                + (s.getDetail() == null ? "" : "\n            DETAIL: " + s.getDetail())
                + (s.getHint() == null ? "" : "\n            HINT: " + s.getHint()))
                .orElseGet(() -> sql.map(Throwable::getMessage).orElseGet(() -> reason(error)));
        Optional<Integer> position = server.map(ServerErrorMessage::getPosition).filter(p -> p > 0);
        Optional<String> failed = sql.isPresent() ? statement : Optional.empty();
        String[] parts = step.location().split("::");
        Optional<Integer> line = changelogText.flatMap(text -> ChangesetLines.line(text, step.version(),
                parts[parts.length - 1], failed, position));
        return MigrationException.failed(new StepFailure(step, direction, step.location(), line, failed,
                sql.map(SQLException::getSQLState), message, position, versionAfterFailure.get(), Optional.empty(),
                Optional.empty()), error);
    }

    /** Liquibase's messages along the cause chain, each once: its wrappers often say only part of it. */
    static String reason(Throwable error) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            String stripped = message.strip();
            if (messages.stream().noneMatch(m -> m.contains(stripped))) {
                messages.add(stripped);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return messages.isEmpty() ? error.getClass().getName() : String.join(": ", messages);
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
