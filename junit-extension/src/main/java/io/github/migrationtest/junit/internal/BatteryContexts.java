package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.Versions;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ProvisioningException;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.junit.MigrationTestConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * What the battery needs from a test's context: the server, the history, the settings and the options (with the
 * class's {@code @MigrationFixture} methods bound to the test instance).
 *
 * @param server the running server
 * @param source the history
 * @param settings how steps run
 * @param options what to check
 * @param suite the suite's name for reports: {@code OrdersTest-pg17}
 * @param reportDirectory where reports go
 */
public record BatteryContexts(PostgresServer server, MigrationSource source, MigrationSettings settings,
        VerificationOptions options, String suite, Path reportDirectory) {

    /**
     * The battery's context for a test method of a {@code @MigrationTest} class.
     *
     * @throws ParameterResolutionException if there is no server or history
     * @throws ExtensionConfigurationException if a declared version is not in the history
     */
    public static BatteryContexts of(ExtensionContext context) {
        ServerSpec spec = Stores.of(context).get(Stores.SPEC, ServerSpec.class);
        MigrationSource source = Stores.of(context).get(Stores.SOURCE, MigrationSource.class);
        if (spec == null || source == null) {
            throw new ParameterResolutionException("The migration battery needs a @MigrationTest class with a "
                    + "migration history (sql, flyway or liquibase), but " + context.getRequiredTestClass().getName()
                    + (spec == null ? " is not annotated with @MigrationTest." : " names none and none was found "
                            + "at the default locations."));
        }
        MigrationSettings settings = Optional.ofNullable(Stores.of(context).get(Stores.MIGRATION_SETTINGS,
                MigrationSettings.class)).orElse(MigrationSettings.defaults());
        VerificationOptions options = Optional.ofNullable(Stores.of(context).get(Stores.BATTERY_OPTIONS,
                VerificationOptions.class)).orElse(VerificationOptions.DEFAULTS);
        options = FixtureMethods.addTo(options, context.getRequiredTestClass(),
                context.getTestInstance().orElse(null));
        PostgresServer server;
        try {
            server = PostgresServers.shared().server(spec);
        } catch (ProvisioningException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
        String suite = context.getRequiredTestClass().getSimpleName() + "-pg" + server.majorVersion();
        Path reports = Path.of(context.getConfigurationParameter(MigrationTestConfig.REPORT_DIR)
                .filter(value -> !value.isBlank()).orElse("target/migrationtest"));
        return new BatteryContexts(server, source, settings, options, suite, reports);
    }

    /** How messages name the context: {@code OrdersTest on PostgreSQL 17}. */
    public String description() {
        return suite.replaceFirst("-pg(\\d+)$", " on PostgreSQL $1");
    }

    /**
     * Fails when the class declares a version its history lacks (a typo would otherwise silently declare nothing),
     * or has a malformed {@code @MigrationFixture} method. Reads the history only when something is declared.
     *
     * @throws ExtensionConfigurationException naming the attribute and the history's versions
     */
    static void check(VerificationOptions declared, Optional<MigrationSource> source, Class<?> testClass) {
        VerificationOptions options = FixtureMethods.addTo(declared, testClass, null);
        boolean declares = !options.idempotent().isEmpty() || !options.irreversible().isEmpty()
                || !options.dataLossy().isEmpty() || !options.fixtures().isEmpty() || !options.accepted().isEmpty()
                || !options.compat().corpora().isEmpty();
        if (declares && source.isPresent()) {
            checkVersions(options, source.get().plan(), testClass);
        }
    }

    private static void checkVersions(VerificationOptions options, MigrationPlan plan, Class<?> testClass) {
        List<String> unknown = new ArrayList<>();
        Map<String, Set<String>> declared = Map.of(
                "idempotent", options.idempotent(),
                "irreversible", options.irreversible().keySet(),
                "dataLossy", options.dataLossy().keySet(),
                "fixtures / @MigrationFixture", options.fixtures().keySet(),
                "accepted", options.accepted().keySet(),
                "corpus", options.compat().corpora().stream().map(corpus -> corpus.version())
                        .collect(java.util.stream.Collectors.toSet()));
        declared.forEach((attribute, versions) -> versions.stream()
                .filter(version -> !version.equals(VerificationOptions.ALL))
                .filter(version -> plan.steps().stream().noneMatch(step -> Versions.same(step.version(), version)))
                .forEach(version -> unknown.add(attribute + " names version " + version)));
        if (!unknown.isEmpty()) {
            throw new ExtensionConfigurationException("@MigrationTest on " + testClass.getName() + ": "
                    + String.join("; ", unknown.stream().sorted().toList()) + (unknown.size() == 1 ? ", which is" : ", which are")
                    + " not in " + plan.source()
                    + ". Its versions: " + plan.steps().stream().map(step -> step.version()).toList() + ".");
        }
    }
}
