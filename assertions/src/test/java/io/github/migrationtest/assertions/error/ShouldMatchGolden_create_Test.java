package io.github.migrationtest.assertions.error;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.presentation.StandardRepresentation.STANDARD_REPRESENTATION;

import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.Test;

class ShouldMatchGolden_create_Test {

    @Test
    void should_create_error_message() {
        // GIVEN
        var factory = ShouldMatchGolden.shouldMatchGolden("src/test/resources/schema/V0042.json", Diffs.sample(),
                "migrationtest.update-golden");
        // WHEN
        String message = factory.create(new TextDescription("Test"), STANDARD_REPRESENTATION);
        // THEN
        then(message).isEqualTo("[Test] \nExpecting schema to match the golden file:\n"
                + "  src/test/resources/schema/V0042.json\n"
                + "but it differs (golden → actual):\n"
                + "  - table public.notes\n"
                + "  public.users.email: type character varying(255) → text\n"
                + "If the change is intended, rerun with -Dmigrationtest.update-golden=true to rewrite the golden"
                + " file.");
    }
}
