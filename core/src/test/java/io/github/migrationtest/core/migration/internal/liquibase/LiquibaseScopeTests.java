package io.github.migrationtest.core.migration.internal.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.Scope;
import liquibase.analytics.AnalyticsFactory;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.Test;

class LiquibaseScopeTests {

    @Test
    void liquibaseWorkRunsWithAnalyticsOffAndNoConsoleOutput() throws Exception {
        ResourceAccessor accessor = new ClassLoaderResourceAccessor();
        try {
            LiquibaseScope.call(accessor, null, () -> {
                assertThat(AnalyticsArgs.ENABLED.getCurrentValue()).isFalse();
                // the listener that would send events asks this before it fetches its remote configuration
                assertThat(Scope.getCurrentScope().getSingleton(AnalyticsFactory.class).getListener().isEnabled())
                        .isFalse();
                assertThat(Scope.getCurrentScope().getResourceAccessor()).isSameAs(accessor);
                assertThat(Scope.getCurrentScope().getUI()).isInstanceOf(LoggerUIService.class);
                return null;
            });
        } finally {
            ChangelogLocation.close(accessor);
        }
    }
}
