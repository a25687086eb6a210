package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.postgres.PostgresVersions;
import io.github.migrationtest.core.postgres.ProviderSelector;
import io.github.migrationtest.core.postgres.ProvisioningException;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.junit.MigrationTest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Turns a {@code @MigrationTest} class into one invocation per server it must run against. */
public final class ServerInvocations {

    private ServerInvocations() {
    }

    /** Whether the class carries {@link MigrationTest}, directly, inherited or as a meta-annotation. */
    public static boolean isMigrationTest(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, MigrationTest.class).isPresent();
    }

    /**
     * The invocations for a class: settings resolved and validated, provider chosen, nothing started yet.
     *
     * @throws ExtensionConfigurationException if the configuration is wrong or no provider can work here
     */
    public static Stream<ServerInvocation> forClass(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        MigrationTest annotation = AnnotationSupport.findAnnotation(testClass, MigrationTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName()
                        + " is not annotated with @MigrationTest"));
        Settings settings = new SettingsResolver(annotation, testClass, context::getConfigurationParameter).resolve();
        // the history is configuration too: check it before choosing (and perhaps failing on) a provider
        Optional<MigrationSource> source = MigrationSourceResolver.resolve(annotation, testClass);
        VerificationOptions batteryOptions = new BatteryOptionsResolver(annotation, testClass,
                context::getConfigurationParameter).resolve();
        BatteryContexts.check(batteryOptions, source, testClass);
        ProviderSelector.Selection selection;
        try {
            selection = ProviderSelector.select(settings.provider(), settings.externalUrl());
        } catch (ProvisioningException e) {
            throw new ExtensionConfigurationException("Could not provide PostgreSQL for " + testClass.getName()
                    + ". " + e.getMessage(), e);
        }
        return specs(settings, selection).stream()
                .map(spec -> new ServerInvocation(spec, settings.keepDatabase(), source, settings.migrationSettings(),
                        batteryOptions));
    }

    private static List<ServerSpec> specs(Settings settings, ProviderSelector.Selection selection) {
        List<Integer> majors = settings.majors();
        return switch (selection.provider()) {
            case EXTERNAL -> {
                ServerSpec external = ServerSpec.external(settings.externalUrl(), settings.externalUser(),
                        settings.externalPassword());
                yield List.of(majors.isEmpty() ? external : external.withMajor(majors.get(0)));
            }
            case TESTCONTAINERS -> orDefault(majors).stream()
                    .map(major -> ServerSpec.testcontainers(major, settings.imagePattern())).toList();
            default -> orDefault(majors).stream().map(ServerSpec::embedded).toList();
        };
    }

    private static List<Integer> orDefault(List<Integer> majors) {
        return majors.isEmpty() ? List.of(PostgresVersions.DEFAULT_MAJOR) : majors;
    }
}
