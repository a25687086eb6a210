package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.PolicySnapshot;

/**
 * Assertions on a row-level security policy of a table of a schema snapshot; see {@link AbstractPolicyAssert}.
 *
 * @since 0.1
 */
public class PolicyAssert extends AbstractPolicyAssert<PolicyAssert> {

    /**
     * An assertion on a policy, without description.
     *
     * @param actual the policy
     * @param table the assertion on the policy's table, which {@link #returnToTable()} returns
     */
    public PolicyAssert(PolicySnapshot actual, TableAssert table) {
        super(actual, table, PolicyAssert.class);
    }
}
