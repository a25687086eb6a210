package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.junit.MigrationFixture;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** Turns a test class's {@link MigrationFixture} methods into data fixtures, superclass methods first. */
final class FixtureMethods {

    private FixtureMethods() {
    }

    /**
     * The options with the class's fixture methods added.
     *
     * @param instance the test instance, for non-static methods; may be null when there are none
     * @throws ExtensionConfigurationException if a method does not take exactly one Connection
     */
    static VerificationOptions addTo(VerificationOptions options, Class<?> testClass, Object instance) {
        VerificationOptions result = options;
        for (Method method : methods(testClass)) {
            String version = method.getAnnotation(MigrationFixture.class).value().strip();
            Object target = Modifier.isStatic(method.getModifiers()) ? null : instance;
            result = result.withFixture(version, connection -> ReflectionSupport.invokeMethod(method, target,
                    connection));
        }
        return result;
    }

    /**
     * The class's fixture methods, checked.
     *
     * @throws ExtensionConfigurationException if a method does not take exactly one Connection, or names no version
     */
    static List<Method> methods(Class<?> testClass) {
        List<Method> methods = AnnotationSupport.findAnnotatedMethods(testClass, MigrationFixture.class,
                HierarchyTraversalMode.TOP_DOWN);
        for (Method method : methods) {
            if (method.getParameterCount() != 1 || method.getParameterTypes()[0] != Connection.class) {
                throw new ExtensionConfigurationException("@MigrationFixture method " + testClass.getName() + "."
                        + method.getName() + " must take exactly one java.sql.Connection, e.g. void "
                        + method.getName() + "(Connection connection) throws SQLException.");
            }
            if (method.getAnnotation(MigrationFixture.class).value().isBlank()) {
                throw new ExtensionConfigurationException("@MigrationFixture on " + testClass.getName() + "."
                        + method.getName() + " has a blank version: name the version after which it runs, e.g. "
                        + "@MigrationFixture(\"3\").");
            }
        }
        return methods;
    }
}
