package io.github.migrationtest.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table or column of a schema snapshot lacks a privilege granted to a role, or has one it should not.
 *
 * @since 0.1
 */
public class ShouldHaveGrant extends BasicErrorMessageFactory {

    private ShouldHaveGrant(String template, Object... arguments) {
        super(template, arguments);
    }

    /**
     * The message for a missing grant on a {@code table} or {@code column}, such as {@code SELECT to reporting},
     * listing the object's grants one privilege each.
     */
    public static ErrorMessageFactory shouldHaveGrant(String on, String grant, List<String> grants) {
        return new ShouldHaveGrant("%nExpecting " + on + " to have grant:%n  %s%nbut could not find it among:%n  %s",
                grant, grants);
    }

    /**
     * The message for a grant on a {@code table} or {@code column} that is there.
     */
    public static ErrorMessageFactory shouldNotHaveGrant(String on, String grant) {
        return new ShouldHaveGrant("%nExpecting " + on + " not to have grant:%n  %s%nbut it has it", grant);
    }
}
