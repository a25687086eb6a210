package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.postgres.PostgresVersions;
import io.github.migrationtest.core.postgres.Provider;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.junit.KeepDatabase;
import io.github.migrationtest.junit.MigrationTest;
import io.github.migrationtest.junit.MigrationTestConfig;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Reads {@link MigrationTest} and the configuration parameters into {@link Settings}, validating everything before
 * any server is touched.
 */
public final class SettingsResolver {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

    private final MigrationTest annotation;
    private final Class<?> testClass;
    private final Function<String, Optional<String>> parameters;

    /**
     * @param annotation the annotation found on the class (directly, inherited or as a meta-annotation)
     * @param testClass the annotated class, for messages
     * @param parameters the JUnit configuration parameters
     */
    public SettingsResolver(MigrationTest annotation, Class<?> testClass,
            Function<String, Optional<String>> parameters) {
        this.annotation = annotation;
        this.testClass = testClass;
        this.parameters = parameters;
    }

    /**
     * Resolves the settings.
     *
     * @throws ExtensionConfigurationException naming the attribute or parameter at fault and how to fix it
     */
    public Settings resolve() {
        Provider provider = provider();
        List<Integer> majors = majors(provider);
        String image = annotation.image().isBlank()
                ? parameter(MigrationTestConfig.TESTCONTAINERS_IMAGE).orElse(ServerSpec.DEFAULT_IMAGE_PATTERN)
                : annotation.image();
        if (!annotation.image().isBlank() && (provider == Provider.EMBEDDED || provider == Provider.EXTERNAL)) {
            throw attributeError("image = \"" + annotation.image() + "\"", "`image` only applies to the "
                    + "testcontainers provider, but `provider` is " + provider + ". Remove `image`, or use "
                    + "provider = Provider.TESTCONTAINERS or Provider.AUTO.");
        }
        String url = parameter(MigrationTestConfig.EXTERNAL_URL).orElse("");
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            throw new ExtensionConfigurationException("Configuration parameter `" + MigrationTestConfig.EXTERNAL_URL
                    + "` must be a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/postgres, but is: "
                    + url);
        }
        return new Settings(provider, majors, image, keepDatabase(), url,
                parameter(MigrationTestConfig.EXTERNAL_USER).orElse("postgres"),
                parameter(MigrationTestConfig.EXTERNAL_PASSWORD).orElse(""),
                MigrationSettings.defaults().withLockTimeout(lockTimeout()));
    }

    private Provider provider() {
        if (annotation.provider() != Provider.DEFAULT) {
            return annotation.provider();
        }
        return parameter(MigrationTestConfig.PROVIDER)
                .map(value -> Provider.parse(value).orElseThrow(() -> parameterError(MigrationTestConfig.PROVIDER,
                        value, "is not a provider. Use one of: " + Provider.acceptedValues() + ".")))
                .orElse(Provider.AUTO);
    }

    private List<Integer> majors(Provider provider) {
        boolean fromAnnotation = annotation.postgres().length > 0;
        List<String> values = fromAnnotation ? Arrays.asList(annotation.postgres())
                : parameter(MigrationTestConfig.POSTGRES).map(v -> Arrays.asList(v.split(","))).orElse(List.of());
        List<Integer> majors = new ArrayList<>();
        for (String value : values) {
            Optional<Integer> major = PostgresVersions.parseMajor(value);
            String problem = major.isEmpty() ? "is not a PostgreSQL major version"
                    : provider != Provider.EXTERNAL && !PostgresVersions.isSupported(major.get())
                            ? "is not supported" : majors.contains(major.get()) ? "is listed twice" : null;
            if (problem != null) {
                String fix = " Supported versions: " + PostgresVersions.SUPPORTED + ".";
                throw fromAnnotation
                        ? attributeError("postgres = " + quoted(values), "PostgreSQL \"" + value + "\" " + problem
                                + "." + fix)
                        : parameterError(MigrationTestConfig.POSTGRES, String.join(",", values), "lists \"" + value
                                + "\", which " + problem + "." + fix);
            }
            majors.add(major.get());
        }
        if (provider == Provider.EXTERNAL && majors.size() > 1) {
            throw attributeError("postgres = " + quoted(values), "an external server serves only its own version, "
                    + "so at most one version can be asked for with provider = EXTERNAL. Use the embedded or "
                    + "testcontainers provider to test several versions.");
        }
        return List.copyOf(majors);
    }

    private KeepDatabase keepDatabase() {
        if (annotation.keepDatabase() != KeepDatabase.DEFAULT) {
            return annotation.keepDatabase();
        }
        return parameter(MigrationTestConfig.KEEP_DATABASE).map(value -> {
            String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            return Arrays.stream(KeepDatabase.values())
                    .filter(k -> k != KeepDatabase.DEFAULT && k.name().equals(normalized)).findFirst()
                    .orElseThrow(() -> parameterError(MigrationTestConfig.KEEP_DATABASE, value,
                            "is not a keep policy. Use one of: never, on_failure, always."));
        }).orElse(KeepDatabase.NEVER);
    }

    private Duration lockTimeout() {
        return parameter(MigrationTestConfig.LOCK_TIMEOUT).map(value -> {
            Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
            try {
                if (m.matches()) {
                    long amount = Long.parseLong(m.group(1));
                    return switch (m.group(2)) {
                        case "ms" -> Duration.ofMillis(amount);
                        case "s" -> Duration.ofSeconds(amount);
                        default -> Duration.ofMinutes(amount);
                    };
                }
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw parameterError(MigrationTestConfig.LOCK_TIMEOUT, value, "is not a duration. Use e.g. 10s, "
                        + "500ms, 2m or PT30S.");
            }
        }).filter(d -> !d.isNegative() && !d.isZero()).orElse(MigrationSettings.DEFAULT_LOCK_TIMEOUT);
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

    private static String quoted(List<String> values) {
        String joined = values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
        return values.size() == 1 ? joined : "{" + joined + "}";
    }
}
