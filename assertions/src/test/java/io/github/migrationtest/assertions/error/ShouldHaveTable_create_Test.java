package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveTable_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldHaveTable.shouldHaveTableInSchema("public.orders", List.of("public.users"));
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting schema to have table:\n  \"public.orders\"\nbut could not find it among:\n  [\"public.users\"]");
    }
}
