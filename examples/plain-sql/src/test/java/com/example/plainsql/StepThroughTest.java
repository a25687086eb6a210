package com.example.plainsql;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.junit.MigrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

// tag::step-through[]
@MigrationTest(sql = "classpath:db/migrations", postgres = {"13", "18"})
class StepThroughTest {

    @Test
    void everyStepGoesUpDownAndUpAgain(Migrator migrator, TestDatabase database) throws SQLException {
        for (MigrationStep step : migrator.plan().steps()) {
            SchemaSnapshot before = snapshot(database);
            migrator.up(step);
            SchemaSnapshot after = snapshot(database);
            migrator.down(step);                                   // on a fresh connection
            assertThat(snapshot(database)).as("schema after %s up then down", step).isEquivalentTo(before);
            migrator.up(step);                                     // up again works
            assertThat(snapshot(database)).as("schema after %s up again", step).isEquivalentTo(after);
            System.out.println("[checked] " + database.name() + " " + step + ": up, down, up again");
        }
    }
    // end::step-through[]

    @Test
    void thePlanKnowsWhichStepsRunOutsideATransaction(MigrationPlan plan) {
        assertThat(plan.steps()).hasSize(12);
        assertThat(plan.steps()).filteredOn(step -> !step.transactional()).extracting(MigrationStep::version)
                .containsExactly("0004", "0011");
    }

    static SchemaSnapshot snapshot(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaSnapshot.capture(connection);   // the tools' history tables are left out
        }
    }
}
