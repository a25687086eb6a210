package io.github.migrationtest.junit;

import io.github.migrationtest.junit.internal.ServerInvocations;
import io.github.migrationtest.junit.internal.TestDatabases;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link MigrationTest}; registered only through the annotation.
 */
class MigrationTestExtension implements ClassTemplateInvocationContextProvider, ParameterResolver,
        AfterEachCallback {

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return ServerInvocations.isMigrationTest(context.getRequiredTestClass());
    }

    @Override
    public Stream<? extends ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(
            ExtensionContext context) {
        return ServerInvocations.forClass(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == MigrationBattery.class || TestDatabases.supports(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == MigrationBattery.class ? MigrationBattery.of(extensionContext)
                : TestDatabases.resolve(type, extensionContext);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestDatabases.finish(context);
    }
}
