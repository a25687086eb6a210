package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import java.util.List;
import java.util.Optional;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveProperty_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldHaveProperty.shouldHaveProperty("constraint columns", List.of("id"),
                List.of("id", "tenant"));
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting constraint columns:\n  [\"id\"]\nto be:\n  [\"id\", \"tenant\"]");
    }

    @Test
    void should_create_error_message_for_an_absent_optional_value() {
        // GIVEN
        var factory = ShouldHaveProperty.shouldHaveProperty("index predicate", Optional.empty(), "(id > 0)");
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting index predicate:\n  (none)\nto be:\n  \"(id > 0)\"");
    }
}
