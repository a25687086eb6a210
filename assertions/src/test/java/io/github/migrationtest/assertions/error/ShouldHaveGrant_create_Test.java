package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveGrant_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldHaveGrant.shouldHaveGrant("table", "DELETE to app", List.of("SELECT to app"));
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting table to have grant:\n  \"DELETE to app\"\n"
                + "but could not find it among:\n  [\"SELECT to app\"]");
    }

    @Test
    void should_create_error_message_for_a_grant_that_is_there() {
        // GIVEN
        var factory = ShouldHaveGrant.shouldNotHaveGrant("column", "UPDATE to app");
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting column not to have grant:\n  \"UPDATE to app\"\nbut it has it");
    }
}
