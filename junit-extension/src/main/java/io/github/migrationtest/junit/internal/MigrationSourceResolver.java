package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.junit.MigrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** The migration history a {@code @MigrationTest} class names, or the usual layout found on the classpath. */
final class MigrationSourceResolver {

    /** Where Spring Boot (and Flyway) look for Flyway migrations. */
    static final String FLYWAY_DEFAULT = "db/migration";

    /** Where Spring Boot looks for a Liquibase master changelog, in its order. */
    static final List<String> LIQUIBASE_DEFAULTS = List.of("db/changelog/db.changelog-master.yaml",
            "db/changelog/db.changelog-master.yml", "db/changelog/db.changelog-master.xml",
            "db/changelog/db.changelog-master.sql", "db/changelog/db.changelog-master.json");

    private MigrationSourceResolver() {
    }

    /** The history named by the annotation on this class or, for {@code @Nested} classes, an enclosing one. */
    static Optional<MigrationSource> forClass(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<MigrationTest> annotation = AnnotationSupport.findAnnotation(c, MigrationTest.class);
            if (annotation.isPresent()) {
                return resolve(annotation.get(), c);
            }
        }
        return Optional.empty();
    }

    /**
     * The history the annotation names; with none named, a default layout on the classpath.
     *
     * @throws ExtensionConfigurationException if more than one is named, or the tool is missing
     */
    static Optional<MigrationSource> resolve(MigrationTest annotation, Class<?> testClass) {
        List<String> named = new ArrayList<>();
        if (!annotation.sql().isBlank()) {
            named.add("sql");
        }
        if (annotation.flyway().length > 0) {
            named.add("flyway");
        }
        if (!annotation.liquibase().isBlank()) {
            named.add("liquibase");
        }
        if (named.size() > 1) {
            throw new ExtensionConfigurationException("@MigrationTest on " + testClass.getName() + " names "
                    + named.size() + " migration histories (" + String.join(", ", named) + "): a test class tests one "
                    + "history. Keep one of them, and split the class if you have several histories.");
        }
        try {
            if (!annotation.sql().isBlank()) {
                return Optional.of(MigrationSources.sql(annotation.sql().trim()));
            }
            if (annotation.flyway().length > 0) {
                return Optional.of(MigrationSources.flyway(annotation.flyway()));
            }
            if (!annotation.liquibase().isBlank()) {
                return Optional.of(MigrationSources.liquibase(annotation.liquibase().trim(),
                        annotation.liquibaseContexts(), annotation.liquibaseLabels()));
            }
        } catch (IllegalStateException missingTool) {
            throw new ExtensionConfigurationException("@MigrationTest on " + testClass.getName() + ": "
                    + missingTool.getMessage(), missingTool);
        }
        return detect(testClass);
    }

    // Zero configuration: the layouts Spring Boot uses, when their tool is on the classpath.
    private static Optional<MigrationSource> detect(Class<?> testClass) {
        ClassLoader loader = testClass.getClassLoader();
        if (present("org.flywaydb.core.Flyway", loader) && loader.getResource(FLYWAY_DEFAULT) != null) {
            return Optional.of(MigrationSources.flyway("classpath:" + FLYWAY_DEFAULT));
        }
        if (present("liquibase.Scope", loader)) {
            for (String changelog : LIQUIBASE_DEFAULTS) {
                if (loader.getResource(changelog) != null) {
                    return Optional.of(MigrationSources.liquibase("classpath:" + changelog));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean present(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
