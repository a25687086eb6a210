package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.check.StepUnderTest;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.junit.MigrationSteps;
import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** One invocation of a {@link MigrationSteps} method per step of the history. */
public final class StepInvocations {

    private static final String STEP = "stepUnderTest";

    private StepInvocations() {
    }

    /** Whether the method is a {@link MigrationSteps} template. */
    public static boolean isMigrationSteps(Method method) {
        return AnnotationSupport.isAnnotated(method, MigrationSteps.class);
    }

    /** The invocations, one per step, named after it. */
    public static Stream<TestTemplateInvocationContext> forMethod(ExtensionContext context) {
        BatteryContexts battery = BatteryContexts.of(context);
        return battery.source().plan().steps().stream().map(step -> new StepInvocation(step, battery));
    }

    private record StepInvocation(MigrationStep step, BatteryContexts battery)
            implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return step.label();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new StepResolver(step, battery));
        }
    }

    /** Resolves the step and its {@link StepUnderTest}, closed (its databases dropped) after the invocation. */
    private record StepResolver(MigrationStep step, BatteryContexts battery) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == MigrationStep.class || type == StepUnderTest.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (parameter.getParameter().getType() == MigrationStep.class) {
                return step;
            }
            // fixture methods bind to this invocation's test instance
            BatteryContexts bound = BatteryContexts.of(context);
            return Stores.computeIfAbsent(Stores.of(context), STEP, key -> new ClosingStep(new StepUnderTest(
                    bound.server(), bound.source(), bound.settings(), bound.options(), step, bound.description())),
                    ClosingStep.class).step();
        }
    }

    /** Puts a {@link StepUnderTest} in the store so JUnit closes it after the invocation. */
    private record ClosingStep(StepUnderTest step) implements AutoCloseable {

        @Override
        public void close() {
            step.close();
        }
    }
}
