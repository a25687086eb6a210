package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;


import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldNotHaveTable_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldNotHaveTable.shouldNotHaveTable("public.users");
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting schema not to have table:\n  \"public.users\"\nbut it has it");
    }
}
