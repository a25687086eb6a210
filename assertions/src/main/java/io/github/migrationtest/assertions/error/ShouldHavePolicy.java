package io.github.migrationtest.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A table of a schema snapshot lacks a row-level security policy.
 *
 * @since 0.1
 */
public class ShouldHavePolicy extends BasicErrorMessageFactory {

    private static final String TEMPLATE =
            "%nExpecting table to have policy:%n  %s%nbut could not find it among:%n  %s";

    private ShouldHavePolicy(String policy, List<String> policies) {
        super(TEMPLATE, policy, policies);
    }

    /**
     * The message for a missing policy, listing the table's policies by name.
     */
    public static ErrorMessageFactory shouldHavePolicy(String policy, List<String> policies) {
        return new ShouldHavePolicy(policy, policies);
    }
}
