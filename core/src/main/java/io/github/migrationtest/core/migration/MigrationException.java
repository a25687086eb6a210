package io.github.migrationtest.core.migration;

import java.io.Serial;
import java.util.Optional;

/**
 * A migration history is invalid, or a step failed; the message says where and what to do.
 *
 * @since 0.1
 */
public class MigrationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What went wrong, for code that reacts to failures. */
    public enum Kind {
        /** The history cannot be read: missing or empty location, duplicate or unparsable versions, ... */
        INVALID_SOURCE,
        /** A statement of a step failed. */
        STEP_FAILED,
        /** A statement waited longer than the lock timeout. */
        LOCK_TIMEOUT,
        /** A down was asked of a step that has none. */
        NO_DOWN,
        /** A step was asked out of order (an up that is not the next, a down that is not the last). */
        OUT_OF_ORDER,
        /** An applied step's content changed since it was applied. */
        CHECKSUM_CHANGED
    }

    private final Kind kind;
    private final transient StepFailure failure;

    private MigrationException(Kind kind, String message, StepFailure failure, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.failure = failure;
    }

    /** An invalid history. */
    public static MigrationException invalid(String message) {
        return new MigrationException(Kind.INVALID_SOURCE, message, null, null);
    }

    /** An invalid history, with the tool's exception. */
    public static MigrationException invalid(String message, Throwable cause) {
        return new MigrationException(Kind.INVALID_SOURCE, message, null, cause);
    }

    /** A failure of another kind than a failed statement. */
    public static MigrationException of(Kind kind, String message) {
        return new MigrationException(kind, message, null, null);
    }

    /** A failed step, rendered as an aligned block. */
    public static MigrationException failed(StepFailure failure, Throwable cause) {
        Kind kind = failure.sqlState().filter("55P03"::equals).isPresent() ? Kind.LOCK_TIMEOUT : Kind.STEP_FAILED;
        return new MigrationException(kind, failure.render(), failure, cause);
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The details of a failed step, when a step failed. */
    public Optional<StepFailure> failure() {
        return Optional.ofNullable(failure);
    }
}
