package io.github.migrationtest.core.migration;

import java.util.List;

/**
 * Applies and reverts single steps on one database, keeping the tool's own history true; intended for implementors.
 *
 * @since 0.1
 */
public interface StepRunner extends AutoCloseable {

    /**
     * The versions the tool's history says are applied, in order.
     */
    List<String> applied();

    /**
     * The checksum recorded when a version was applied, if the tool records one comparable to
     * {@link MigrationStep#checksum()}.
     */
    default java.util.Optional<String> appliedChecksum(String version) {
        return java.util.Optional.empty();
    }

    /**
     * Applies a step and records it.
     *
     * @throws MigrationException if it fails; a transactional step then leaves nothing behind
     */
    void up(MigrationStep step);

    /**
     * Applies several steps, the next pending ones in order. Runners whose tool can apply them in one command (and so
     * as fast as the tool alone) override this; the default applies them one at a time.
     *
     * @throws MigrationException for the first step that fails, which names that step
     */
    default void upAll(List<MigrationStep> steps) {
        steps.forEach(this::up);
    }

    /**
     * Applies the last applied step's up again, as if it had not run, and leaves it recorded once; for the
     * idempotency check. A transactional step that fails leaves the database and the history as they were.
     *
     * @throws MigrationException if it fails
     * @throws UnsupportedOperationException if the tool cannot run a step again (the default)
     */
    default void rerun(MigrationStep step) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot run a step again");
    }

    /**
     * Reverts a step, on a connection that did not run its up, and removes it from the history.
     *
     * @throws MigrationException if it fails or the step has no down
     */
    void down(MigrationStep step);

    @Override
    void close();
}
