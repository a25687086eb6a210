package io.github.migrationtest.junit;

import io.github.migrationtest.junit.internal.StepInvocations;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The extension behind {@link MigrationSteps}: one invocation per step. */
class MigrationStepsExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(StepInvocations::isMigrationSteps).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return StepInvocations.forMethod(context);
    }
}
