package io.github.migrationtest.core.migration.internal.liquibase;

import java.util.HashMap;
import java.util.Map;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.listener.LiquibaseListener;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs Liquibase work in a child {@link Scope} of its own: analytics off (tests run offline and must never phone
 * home), the changelog's resource accessor, and console output sent to the log instead of standard out.
 */
final class LiquibaseScope {

    private LiquibaseScope() {
    }

    static <T> T call(ResourceAccessor accessor, LiquibaseListener listener, Scope.ScopedRunnerWithReturn<T> work)
            throws Exception {
        Map<String, Object> values = new HashMap<>();
        values.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        values.put(Scope.Attr.resourceAccessor.name(), accessor);
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        return Scope.child(listener, values, work);
    }
}
