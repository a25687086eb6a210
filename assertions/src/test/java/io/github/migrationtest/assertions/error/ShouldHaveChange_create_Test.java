package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveChange_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldHaveChange.shouldHaveChange("public.orders", List.of("public.users.email"));
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting schema diff to have a change to:\n  \"public.orders\"\nbut it only changes:\n  [\"public.users.email\"]");
    }
}
