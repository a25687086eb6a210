package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveColumn_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldHaveColumn.shouldHaveColumn("phone", List.of("id", "email"));
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting table to have column:\n  \"phone\"\nbut could not find it among:\n  [\"id\", \"email\"]");
    }
}
