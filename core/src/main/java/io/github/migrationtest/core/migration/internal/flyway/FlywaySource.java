package io.github.migrationtest.core.migration.internal.flyway;

import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepRunner;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.util.Arrays;
import java.util.List;

/**
 * Flyway migrations: each versioned migration ({@code V3__add_email.sql} or a Java migration) is a step, its
 * {@code U3__add_email.sql} undo script is its down, and Flyway itself applies the ups and keeps
 * {@code flyway_schema_history}.
 */
public final class FlywaySource implements MigrationSource {

    /** Flyway's default location. */
    static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final List<String> locations;

    /**
     * @param locations Flyway locations ({@code classpath:db/migration}, {@code filesystem:sql}, or
     *     {@code db/migration} for the classpath); none means Flyway's default {@value #DEFAULT_LOCATION}
     */
    public FlywaySource(String... locations) {
        this.locations = locations.length == 0 ? List.of(DEFAULT_LOCATION) : List.copyOf(Arrays.asList(locations));
    }

    @Override
    public String description() {
        return "Flyway " + String.join(", ", locations);
    }

    @Override
    public MigrationPlan plan() {
        return scan().plan();
    }

    @Override
    public StepRunner open(TestDatabase database, MigrationSettings settings) {
        return new FlywayRunner(database, settings, locations, loader(), this::scan);
    }

    @Override
    public java.util.Optional<String> upText(MigrationStep step) {
        return scan().text(step.version());
    }

    /** Scans the locations again, so that a runner always reverts with what is on disk. */
    private FlywayScan scan() {
        return FlywayScan.of(description(), locations.stream().map(FlywayLocation::parse).toList(), loader());
    }

    // Flyway.configure() resolves the classpath with the context class loader too.
    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : FlywaySource.class.getClassLoader();
    }
}
