package io.github.migrationtest.core.compat;

import io.github.migrationtest.core.schema.SchemaDiff;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link CorpusReplayer} replays a corpus.
 *
 * @param step the version of the step just applied (or undone), named in every finding
 * @param applicationRole the role the application connects as: executions run under {@code SET LOCAL ROLE}, so
 *     revoked grants and row-level security show; empty to execute as the database's user
 * @param stepDiff the schema diff the step made, to explain failures with ("column users.display_name no longer
 *     exists: removed (perhaps renamed to full_name) in 0005"); empty for bare failures
 * @since 0.1
 */
public record ReplayOptions(String step, Optional<String> applicationRole, Optional<SchemaDiff> stepDiff) {

    public ReplayOptions {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(applicationRole, "applicationRole");
        Objects.requireNonNull(stepDiff, "stepDiff");
    }

    /**
     * Options for replaying after a step, as the database's user and without explanations.
     *
     * @param step the step's version
     * @return the options
     */
    public static ReplayOptions forStep(String step) {
        return new ReplayOptions(step, Optional.empty(), Optional.empty());
    }

    /**
     * These options, executing as the application's role.
     *
     * @param role the role's name
     * @return new options
     */
    public ReplayOptions asRole(String role) {
        return new ReplayOptions(step, Optional.of(role), stepDiff);
    }

    /**
     * These options, explaining failures with the step's schema diff.
     *
     * @param diff the diff from the schema before the step to the schema after it
     * @return new options
     */
    public ReplayOptions explainedBy(SchemaDiff diff) {
        return new ReplayOptions(step, applicationRole, Optional.of(diff));
    }
}
