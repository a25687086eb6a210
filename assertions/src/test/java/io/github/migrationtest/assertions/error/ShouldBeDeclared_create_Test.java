package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldBeDeclared_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldBeDeclared.shouldBeDeclared("constraint", "deferrable", "not deferrable");
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting constraint to be deferrable but it is not deferrable");
    }
}
