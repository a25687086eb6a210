package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.check.CompatOptions;
import io.github.migrationtest.core.check.DataFixture;
import io.github.migrationtest.core.check.NoDownPolicy;
import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.compat.CorpusException;
import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.rls.TenantOptions;
import io.github.migrationtest.junit.MigrationTest;
import io.github.migrationtest.junit.MigrationTestConfig;
import io.github.migrationtest.junit.NoDown;
import io.github.migrationtest.junit.Switch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Reads the battery's options from {@link MigrationTest} and the configuration parameters, validating each
 * attribute before any server starts.
 */
final class BatteryOptionsResolver {

    private static final Pattern DECLARATION = Pattern.compile("\\s*([^:\\s]+)\\s*:\\s*(\\S.*)");
    // a version starts with a digit, so that `classpath:x.sql` alone is not read as version `classpath`
    private static final Pattern CORPUS = Pattern.compile("\\s*(\\d[\\w.]*)\\s*:\\s*(\\S.*)");
    private static final Pattern ACCEPTANCE = Pattern.compile("\\s*(\\S+)\\s+([a-z]+/[a-z0-9-]+)\\s*:\\s*(\\S.*)");
    // 3.sql, 0003_customers.sql, V3__customers.sql, 1.1_more.sql
    private static final Pattern FIXTURE_FILE = Pattern.compile("[Vv]?(\\d+(?:\\.\\d+)*)(?:_.*)?\\.sql");

    private final MigrationTest annotation;
    private final Class<?> testClass;
    private final Function<String, Optional<String>> parameters;

    BatteryOptionsResolver(MigrationTest annotation, Class<?> testClass,
            Function<String, Optional<String>> parameters) {
        this.annotation = annotation;
        this.testClass = testClass;
        this.parameters = parameters;
    }

    VerificationOptions resolve() {
        VerificationOptions options = VerificationOptions.DEFAULTS.withNoDown(noDown());
        for (String version : annotation.idempotent()) {
            if (version.isBlank()) {
                throw attributeError("idempotent", "a version is blank. List versions, e.g. idempotent = {\"3\", "
                        + "\"7\"}, or \"*\" for every step.");
            }
            options = options.withIdempotent(version.strip());
        }
        for (String entry : annotation.irreversible()) {
            Matcher m = declaration("irreversible", entry, "why it cannot be undone");
            options = options.withIrreversible(m.group(1), m.group(2).strip());
        }
        for (String entry : annotation.dataLossy()) {
            Matcher m = declaration("dataLossy", entry, "which data is lost and why that is fine");
            options = options.withDataLossy(m.group(1), m.group(2).strip());
        }
        for (String entry : annotation.accepted()) {
            Matcher m = ACCEPTANCE.matcher(entry);
            if (!m.matches()) {
                throw attributeError("accepted = \"" + entry + "\"", "each entry is \"<version> <category>/<rule>: "
                        + "<reason>\", e.g. accepted = \"7 lock/strong-lock-scan: the table holds 20 rows\". The "
                        + "category and rule are printed with every finding, as in [lock/strong-lock-scan error].");
            }
            options = options.withAccepted(m.group(1), m.group(2), m.group(3).strip());
        }
        options = options.withRowsPerTable(rowsPerTable())
                .withLockSafety(onOff(annotation.lockSafety(), MigrationTestConfig.LOCK_SAFETY, true))
                .withTraffic(onOff(annotation.traffic(), MigrationTestConfig.TRAFFIC, false));
        options = options.withCompat(compat()).withTenants(tenants());
        if (!annotation.fixtures().isBlank()) {
            for (Fixture fixture : fixtures(annotation.fixtures().strip())) {
                options = options.withFixture(fixture.version(), DataFixture.file(fixture.file()));
            }
        }
        return options;
    }

    private record Fixture(String version, Path file) {
    }

    private List<Fixture> fixtures(String location) {
        Path folder = folder(location);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().map(file -> {
                Matcher m = FIXTURE_FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    throw attributeError("fixtures = \"" + location + "\"", "`" + file.getFileName() + "` is not "
                            + "named after a version. Name fixture files <version>.sql, <version>_<name>.sql or "
                            + "V<version>__<name>.sql, e.g. 0003_customers.sql.");
                }
                return new Fixture(m.group(1), file);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the fixtures folder " + folder, e);
        }
    }

    private Path folder(String location) {
        Path folder;
        if (location.startsWith("classpath:")) {
            String name = location.substring("classpath:".length()).replaceFirst("^/", "");
            URL url = Thread.currentThread().getContextClassLoader().getResource(name);
            if (url == null || !"file".equals(url.getProtocol())) {
                throw attributeError("fixtures = \"" + location + "\"", url == null ? "no folder `" + name
                        + "` on the test classpath. Create it (e.g. src/test/resources/" + name + ") or fix the name."
                        : "`" + name + "` is inside a jar (" + url + "); fixtures must be a folder on disk.");
            }
            try {
                folder = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        } else {
            folder = Path.of(location);
        }
        if (!Files.isDirectory(folder)) {
            throw attributeError("fixtures = \"" + location + "\"", "no folder " + folder.toAbsolutePath()
                    + ". Create it, or give a path relative to " + Path.of("").toAbsolutePath()
                    + " or classpath:<folder>.");
        }
        return folder;
    }

    private Matcher declaration(String attribute, String entry, String reason) {
        Matcher m = DECLARATION.matcher(entry);
        if (!m.matches()) {
            throw attributeError(attribute + " = \"" + entry + "\"", "each entry is \"<version>: <reason>\", the "
                    + "reason saying " + reason + ", e.g. " + attribute + " = \"" + entry.strip().split("[:\\s]")[0]
                    + ": <reason>\".");
        }
        return m;
    }

    private CompatOptions compat() {
        CompatOptions compat = CompatOptions.NONE
                .withStaticRules(onOff(annotation.compat(), MigrationTestConfig.COMPAT, false))
                .withRollback(annotation.compatRollback() == Switch.ON);
        if (!annotation.applicationRole().isBlank()) {
            compat = compat.withApplicationRole(annotation.applicationRole().strip());
        }
        for (String entry : annotation.corpus()) {
            Matcher m = CORPUS.matcher(entry);
            if (!m.matches()) {
                throw attributeError("corpus = \"" + entry + "\"", "each entry is \"<version>: <location>\", the "
                        + "version whose application sends the queries, e.g. corpus = \"4: classpath:queries/v4.sql\".");
            }
            try {
                compat = compat.withCorpus(QueryCorpus.load(m.group(2).strip(), m.group(1)));
            } catch (CorpusException e) {
                throw attributeError("corpus = \"" + entry + "\"", e.getMessage());
            }
        }
        return compat;
    }

    private Optional<TenantOptions> tenants() {
        if (!onOff(annotation.tenantIsolation(), MigrationTestConfig.TENANT_ISOLATION, true)) {
            return Optional.empty();
        }
        TenantOptions tenants = TenantOptions.defaults();
        if (annotation.tenantColumns().length > 0) {
            tenants = tenants.withTenantColumns(annotation.tenantColumns());
        }
        if (!annotation.tenantSetting().isBlank()) {
            tenants = tenants.withSetting(annotation.tenantSetting().strip());
        }
        if (!annotation.applicationRole().isBlank()) {
            tenants = tenants.withAppRole(annotation.applicationRole().strip());
        }
        if (annotation.globalTables().length > 0) {
            tenants = tenants.withGlobalTables(annotation.globalTables());
        }
        return Optional.of(tenants);
    }

    private boolean onOff(Switch attribute, String parameter, boolean otherwise) {
        if (attribute != Switch.DEFAULT) {
            return attribute == Switch.ON;
        }
        return parameter(parameter).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw parameterError(parameter, value, "is not on or off.");
        }).orElse(otherwise);
    }

    private NoDownPolicy noDown() {
        if (annotation.noDown() != NoDown.DEFAULT) {
            return annotation.noDown() == NoDown.WARN ? NoDownPolicy.WARN : NoDownPolicy.FAIL;
        }
        return parameter(MigrationTestConfig.NO_DOWN).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "fail" -> NoDownPolicy.FAIL;
            case "warn" -> NoDownPolicy.WARN;
            default -> throw parameterError(MigrationTestConfig.NO_DOWN, value, "is not a policy. Use fail or warn.");
        }).orElse(NoDownPolicy.FAIL);
    }

    private int rowsPerTable() {
        if (annotation.rowsPerTable() >= 0) {
            return annotation.rowsPerTable();
        }
        if (annotation.rowsPerTable() != -1) {
            throw attributeError("rowsPerTable = " + annotation.rowsPerTable(), "use 0 or more (0 turns the row "
                    + "synthesis off), or leave it out for the default of 3.");
        }
        return parameter(MigrationTestConfig.ROWS_PER_TABLE).map(value -> {
            try {
                int rows = Integer.parseInt(value);
                if (rows >= 0) {
                    return rows;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw parameterError(MigrationTestConfig.ROWS_PER_TABLE, value, "is not a row count. Use 0 or more.");
        }).orElse(VerificationOptions.DEFAULTS.rowsPerTable());
    }

    private Optional<String> parameter(String name) {
        return ConfigurationErrors.value(parameters, name);
    }

    private ExtensionConfigurationException attributeError(String attribute, String rule) {
        return ConfigurationErrors.attribute(testClass, attribute, rule);
    }

    private static ExtensionConfigurationException parameterError(String name, String value, String rule) {
        return ConfigurationErrors.parameter(name, value, rule);
    }
}
