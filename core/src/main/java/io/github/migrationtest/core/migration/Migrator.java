package io.github.migrationtest.core.migration;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.util.List;
import java.util.Optional;

/**
 * Moves one database through a migration history, one step at a time, up and down.
 *
 * <p>Every source behaves the same: {@link #up(MigrationStep)} applies the next pending step,
 * {@link #down(MigrationStep)} reverts the last applied one on a fresh connection, and both keep the tool's own
 * history table true. Asking for a step out of order is an error, never a silent skip.
 *
 * @since 0.1
 */
public final class Migrator implements AutoCloseable {

    private final TestDatabase database;
    private final MigrationSource source;
    private final MigrationPlan plan;
    private final StepRunner runner;

    private Migrator(TestDatabase database, MigrationSource source, MigrationPlan plan, StepRunner runner) {
        this.database = database;
        this.source = source;
        this.plan = plan;
        this.runner = runner;
    }

    /** Opens a migrator with the default settings. */
    public static Migrator open(TestDatabase database, MigrationSource source) {
        return open(database, source, MigrationSettings.defaults());
    }

    /**
     * Opens a migrator: reads the plan and checks that what the database has applied matches it.
     *
     * @throws MigrationException if the history is invalid, or an applied step is unknown or was edited
     */
    public static Migrator open(TestDatabase database, MigrationSource source, MigrationSettings settings) {
        MigrationPlan plan = source.plan();
        StepRunner runner = source.open(database, settings);
        Migrator migrator = new Migrator(database, source, plan, runner);
        try {
            migrator.checkApplied();
        } catch (RuntimeException e) {
            runner.close();
            throw e;
        }
        return migrator;
    }

    /** The history. */
    public MigrationPlan plan() {
        return plan;
    }

    /** The database this migrator works on. */
    public TestDatabase database() {
        return database;
    }

    /** The step with this version ({@code 3} finds {@code 0003}). */
    public MigrationStep step(String version) {
        return plan.step(version);
    }

    /** The last applied step, or empty before the first. */
    public Optional<MigrationStep> current() {
        List<String> applied = runner.applied();
        return applied.isEmpty() ? Optional.empty() : plan.find(applied.get(applied.size() - 1));
    }

    /** The steps not applied yet, in order. */
    public List<MigrationStep> pending() {
        return plan.steps().subList(appliedCount(), plan.steps().size());
    }

    /** Applies every pending step. */
    public void migrateAll() {
        runner.upAll(pending());
    }

    /**
     * Applies the pending steps up to and including this version.
     *
     * @throws MigrationException if the database is already past it
     */
    public void migrateTo(String version) {
        MigrationStep target = plan.step(version);
        int targetIndex = plan.indexOf(target);
        if (targetIndex < appliedCount() - 1) {
            throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, "migrateTo(" + version + ") moves up "
                    + "only, but " + database.name() + " is at " + currentLabel() + ", past " + target.label()
                    + ". Use downTo(\"" + target.version() + "\") to go back.");
        }
        runner.upAll(plan.steps().subList(appliedCount(), targetIndex + 1));
    }

    /**
     * Applies one step, which must be the next pending one.
     *
     * @throws MigrationException if it is not the next, or it fails
     */
    public void up(MigrationStep step) {
        List<MigrationStep> pending = pending();
        if (pending.isEmpty() || !pending.get(0).equals(step)) {
            throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, "up(" + step.label() + ") is out of "
                    + "order: " + database.name() + " is at " + currentLabel() + ", so the next step is "
                    + (pending.isEmpty() ? "none (all applied)" : pending.get(0).label())
                    + ". Use migrateTo(\"" + step.version() + "\") to apply every step up to it.");
        }
        runner.up(step);
    }

    /**
     * Runs the up of the last applied step again, leaving it recorded once: what a deploy that re-runs a migration
     * does. For the idempotency check.
     *
     * @throws MigrationException if the step is not the last applied one, or its second run fails
     * @throws UnsupportedOperationException if the source's tool cannot run a step again (a Flyway Java migration)
     */
    public void rerun(MigrationStep step) {
        Optional<MigrationStep> current = current();
        if (current.isEmpty() || !current.get().equals(step)) {
            throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, "rerun(" + step.label() + ") needs "
                    + "it to be the last applied step, but " + database.name() + " is at " + currentLabel() + ".");
        }
        runner.rerun(step);
    }

    /**
     * Reverts one step, which must be the last applied one, on a connection that did not run its up.
     *
     * @throws MigrationException if it is not the last applied, has no down, or fails
     */
    public void down(MigrationStep step) {
        Optional<MigrationStep> current = current();
        if (current.isEmpty() || !current.get().equals(step)) {
            throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, "down(" + step.label() + ") is out of "
                    + "order: " + database.name() + " is at " + currentLabel() + ", so only "
                    + current.map(MigrationStep::label).orElse("no step") + " can be reverted. Use downTo(\""
                    + step.version() + "\") to revert the steps after a version.");
        }
        if (!step.hasDown()) {
            throw MigrationException.of(MigrationException.Kind.NO_DOWN, "Step " + step.label() + " has no down: "
                    + step.noDownReason().orElse("none is defined") + ".");
        }
        runner.down(step);
    }

    /**
     * Reverts applied steps until this version is the last applied one.
     *
     * @throws MigrationException if the version is not applied, or a step on the way has no down
     */
    public void downTo(String version) {
        MigrationStep target = plan.step(version);
        if (plan.indexOf(target) >= appliedCount()) {
            throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, "downTo(" + version + ") moves down "
                    + "only, but " + database.name() + " is at " + currentLabel() + ", before " + target.label()
                    + ". Use migrateTo(\"" + target.version() + "\").");
        }
        while (!current().orElseThrow().equals(target)) {
            down(current().orElseThrow());
        }
    }

    /** Reverts every applied step. */
    public void downAll() {
        while (current().isPresent()) {
            down(current().get());
        }
    }

    @Override
    public void close() {
        runner.close();
    }

    private int appliedCount() {
        return runner.applied().size();
    }

    private String currentLabel() {
        return current().map(MigrationStep::label).orElse("no version (empty)");
    }

    private void checkApplied() {
        List<String> applied = runner.applied();
        for (int i = 0; i < applied.size(); i++) {
            String version = applied.get(i);
            Optional<MigrationStep> step = plan.find(version);
            if (step.isEmpty()) {
                throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, database.name() + " has version "
                        + version + " applied, which " + source.description() + " does not have. Versions: "
                        + plan.steps().stream().map(MigrationStep::version).toList() + ".");
            }
            if (plan.indexOf(step.get()) != i) {
                throw MigrationException.of(MigrationException.Kind.OUT_OF_ORDER, database.name() + " applied "
                        + version + " as step " + (i + 1) + ", but it is step " + (plan.indexOf(step.get()) + 1)
                        + " of " + source.description() + ": a version was inserted before applied ones.");
            }
            Optional<String> recorded = runner.appliedChecksum(version);
            if (recorded.isPresent() && !recorded.get().equals(step.get().checksum())) {
                throw MigrationException.of(MigrationException.Kind.CHECKSUM_CHANGED, "Step " + step.get().label()
                        + " changed after it was applied to " + database.name() + ": " + step.get().location()
                        + " now has checksum " + step.get().checksum() + ", the database recorded "
                        + recorded.get() + ". Never edit an applied migration; add a new step instead.");
            }
        }
    }
}
