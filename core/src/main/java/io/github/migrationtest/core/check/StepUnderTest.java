package io.github.migrationtest.core.check;

import io.github.migrationtest.core.migration.MigratedDatabases;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a history, with what a test needs to examine it: databases just before and just after it, and its
 * checks. The checks run once, on first use, on a database of their own; the databases are clones of cached
 * templates, made on first use and dropped by {@link #close()}.
 *
 * @since 0.1
 */
public final class StepUnderTest implements AutoCloseable {

    private final PostgresServer server;
    private final MigrationSource source;
    private final MigrationSettings settings;
    private final VerificationOptions options;
    private final MigrationStep step;
    private final Optional<MigrationStep> previous;
    private final String description;
    private final List<TestDatabase> created = new ArrayList<>();
    private TestDatabase before;
    private TestDatabase after;
    private StepResult result;

    /**
     * @param description how messages name the step's context, e.g. {@code OrdersTest on PostgreSQL 17}
     */
    public StepUnderTest(PostgresServer server, MigrationSource source, MigrationSettings settings,
            VerificationOptions options, MigrationStep step, String description) {
        this.server = Objects.requireNonNull(server, "server");
        this.source = Objects.requireNonNull(source, "source");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.options = Objects.requireNonNull(options, "options");
        this.step = Objects.requireNonNull(step, "step");
        this.description = Objects.requireNonNull(description, "description");
        MigrationPlan plan = source.plan();
        int index = plan.indexOf(plan.step(step.version()));
        this.previous = index == 0 ? Optional.empty() : Optional.of(plan.steps().get(index - 1));
    }

    /** What the step's checks run with: the suite's options. */
    public VerificationOptions options() {
        return options;
    }

    /** The step. */
    public MigrationStep step() {
        return step;
    }

    /** The step's version. */
    public String version() {
        return step.version();
    }

    /** The step's description. */
    public String description() {
        return step.description();
    }

    /** The step before this one, if any. */
    public Optional<MigrationStep> previous() {
        return previous;
    }

    /** A database migrated up to the step before this one (empty for the first step); no fixtures. */
    public synchronized TestDatabase before() {
        if (before == null) {
            before = previous.isEmpty() ? server.createDatabase()
                    : MigratedDatabases.at(server, source, settings, previous.get().version());
            created.add(before);
        }
        return before;
    }

    /** A database migrated up to and including this step; no fixtures. */
    public synchronized TestDatabase after() {
        if (after == null) {
            after = MigratedDatabases.at(server, source, settings, step.version());
            created.add(after);
        }
        return after;
    }

    /** Every check of the step, run on first call (the options decide whether idempotency is among them). */
    public synchronized StepResult result() {
        if (result == null) {
            result = MigrationVerifier.verifyStep(server, source, settings, options, step.version());
        }
        return result;
    }

    /** The step's checks run again with idempotency asked for, whatever the options say. */
    public synchronized StepResult resultWithIdempotency() {
        if (result != null && result.check(CheckResult.IDEMPOTENT).isPresent()) {
            return result;
        }
        result = MigrationVerifier.verifyStep(server, source, settings, options.withIdempotent(step.version()),
                step.version());
        return result;
    }

    /**
     * The step's checks run again with lock safety and simulated traffic, whatever the options say, unless the current
     * result already has a traffic report. A step that finds no table to send traffic to still has none.
     *
     * @since 0.1
     */
    public synchronized StepResult resultWithTraffic() {
        if (result != null && result.traffic().isPresent()) {
            return result;
        }
        // traffic runs only around a traced up, so lock safety comes with it; an idempotency check asked for stays
        VerificationOptions asked = options.withLockSafety(true).withTraffic(true);
        if (result != null && result.check(CheckResult.IDEMPOTENT).isPresent()) {
            asked = asked.withIdempotent(step.version());
        }
        result = MigrationVerifier.verifyStep(server, source, settings, asked, step.version());
        return result;
    }

    /** {@code step 0005 add_phone of OrdersTest on PostgreSQL 17}: how assertion messages name it. */
    @Override
    public String toString() {
        return "step " + step.label() + " of " + description;
    }

    /** Drops the databases made for the step. */
    @Override
    public synchronized void close() {
        created.forEach(database -> server.dropDatabase(database.name()));
        created.clear();
    }
}
