package com.example.quickstart;

import static io.github.migrationtest.assertions.MigrationAssertions.assertThat;

import io.github.migrationtest.core.check.StepUnderTest;
import io.github.migrationtest.junit.MigrationSteps;
import io.github.migrationtest.junit.MigrationTest;

@MigrationTest(sql = "classpath:db/shop")
class ShopStepsTest {

    // tag::steps[]
    @MigrationSteps                                                 // runs once per step: "0002 customer_email"
    void everyStepIsReversibleAndKeepsItsRows(StepUnderTest step) {
        assertThat(step).applies().isReversible().preservesData();
        System.out.println("[checked] " + step + ": applies, reversible, keeps data");
    }
    // end::steps[]
}
