package com.example.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.junit.MigrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

// tag::flyway[]
@MigrationTest(postgres = {"13", "18"})   // finds classpath:db/migration (V and U scripts) by itself
class StepThroughTest {

    @Test
    void everyStepGoesUpDownAndUpAgain(Migrator migrator, TestDatabase database) throws SQLException {
        for (MigrationStep step : migrator.plan().steps()) {
            String before = schema(database);
            migrator.up(step);
            String after = schema(database);
            migrator.down(step);                                   // on a fresh connection
            assertThat(schema(database)).as("schema after %s up then down", step).isEqualTo(before);
            migrator.up(step);                                     // up again works
            assertThat(schema(database)).as("schema after %s up again", step).isEqualTo(after);
            System.out.println("[checked] " + database.name() + " " + step + ": up, down, up again");
        }
    }
    // end::flyway[]

    @Test
    void thePlanKnowsWhichStepsRunOutsideATransaction(MigrationPlan plan) {
        assertThat(plan.steps()).hasSize(12);
        assertThat(plan.steps()).filteredOn(step -> !step.transactional()).extracting(MigrationStep::version)
                .containsExactly("4", "11");
    }

    // What a schema is, for this example: columns, constraints, indexes, enum labels, views, functions, triggers.
    // The schema snapshot of the next release replaces this query.
    static String schema(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT coalesce(string_agg(x, E'\\n' ORDER BY x), '') FROM (
                          SELECT format('column %s.%s %s %s %s', table_name, column_name, data_type, is_nullable,
                                        column_default)
                            FROM information_schema.columns
                           WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'
                          UNION ALL
                          SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(c.oid)
                            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                           WHERE n.nspname = 'public' AND conrelid::regclass::text <> 'flyway_schema_history'
                          UNION ALL
                          SELECT 'index ' || indexdef FROM pg_indexes
                           WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'
                          UNION ALL
                          SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
                          UNION ALL
                          SELECT 'view ' || viewname || ' ' || definition FROM pg_views WHERE schemaname = 'public'
                          UNION ALL
                          SELECT 'function ' || p.oid::regprocedure || ' ' || md5(p.prosrc)
                            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
                          UNION ALL
                          SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
                        ) s(x)""")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
