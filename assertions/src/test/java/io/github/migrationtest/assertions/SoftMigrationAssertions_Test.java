package io.github.migrationtest.assertions;

import static org.assertj.core.api.BDDAssertions.then;

import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SoftMigrationAssertions_Test {

    @Test
    void should_collect_every_failure_on_snapshots_and_diffs() throws SQLException {
        // GIVEN
        SchemaSnapshot users = Snapshots.capture(Snapshots.USERS);
        SchemaDiff diff = SchemaDiff.between(users, Snapshots.capture("CREATE TABLE users (id int)"));
        SoftMigrationAssertions softly = new SoftMigrationAssertions();
        // WHEN
        softly.assertThat(users).hasTable("public.orders");
        softly.assertThat(users).hasTable("public.users");
        softly.assertThat(diff).isEmpty();
        // THEN
        then(softly.errorsCollected()).hasSize(2);
        then(softly.errorsCollected().get(0)).hasMessageStartingWith("[schema] \nExpecting schema to have table:");
        then(softly.errorsCollected().get(1)).hasMessageStartingWith("[schema diff] \nExpecting schema diff to be empty");
    }
}
