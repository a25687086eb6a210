package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldBeEmpty_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldBeEmpty.shouldBeEmpty(Diffs.sample());
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting schema diff to be empty but it has 2 changes:\n  - table public.notes\n  public.users.email: type character varying(255) → text");
    }
}
