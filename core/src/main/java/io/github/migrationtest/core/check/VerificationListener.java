package io.github.migrationtest.core.check;

/**
 * Hears the battery's progress, for console lines and IDE output.
 *
 * @since 0.1
 */
public interface VerificationListener {

    /** Does nothing. */
    VerificationListener NONE = new VerificationListener() {
    };

    /**
     * A step's checks are done.
     *
     * @param result the step's result
     * @param index the step's position, from 1
     * @param total how many steps the history has
     */
    default void stepFinished(StepResult result, int index, int total) {
    }
}
