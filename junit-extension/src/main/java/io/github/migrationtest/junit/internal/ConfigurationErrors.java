package io.github.migrationtest.junit.internal;

import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** How a misconfigured attribute or parameter is reported, and how parameters are read, in one place. */
final class ConfigurationErrors {

    private ConfigurationErrors() {
    }

    /** {@code @MigrationTest(<attribute>) on <class>: <rule>}. */
    static ExtensionConfigurationException attribute(Class<?> testClass, String attribute, String rule) {
        return new ExtensionConfigurationException("@MigrationTest(" + attribute + ") on " + testClass.getName()
                + ": " + rule);
    }

    /** {@code Configuration parameter `name` = "value" <rule> Set it as ...}. */
    static ExtensionConfigurationException parameter(String name, String value, String rule) {
        return new ExtensionConfigurationException("Configuration parameter `" + name + "` = \"" + value + "\" "
                + rule + " Set it as a system property (-D" + name + "=...) or in junit-platform.properties.");
    }

    /** A parameter's value, trimmed; empty when unset or blank. */
    static Optional<String> value(Function<String, Optional<String>> parameters, String name) {
        return parameters.apply(name).map(String::trim).filter(v -> !v.isEmpty());
    }
}
