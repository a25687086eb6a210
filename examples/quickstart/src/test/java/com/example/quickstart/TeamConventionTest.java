package com.example.quickstart;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;

import io.github.migrationtest.core.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

// A team's own annotation carries its conventions: this class runs on PostgreSQL 15 and on 17.
@OurMigrationTest
class TeamConventionTest {

    @Test
    void runsOnTheTeamsVersions(TestDatabase database) {
        assertThat(database).satisfiesAnyOf(
                d -> assertThat(d).runsPostgres(15),
                d -> assertThat(d).runsPostgres(17));
        System.out.println("[checked] " + database.name() + ": @OurMigrationTest runs on the team's versions");
    }
}
