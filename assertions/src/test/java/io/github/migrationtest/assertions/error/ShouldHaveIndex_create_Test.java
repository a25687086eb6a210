package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import java.util.List;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldHaveIndex_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldHaveIndex.shouldHaveIndex("users_phone_idx", List.of("users_pkey"));
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting table to have index:\n  \"users_phone_idx\"\nbut could not find it among:\n  [\"users_pkey\"]");
    }
}
