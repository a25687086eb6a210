package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationSources;
import io.github.migrationtest.junit.MigrationTest;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/** The migration history a {@code @MigrationTest} class names, if any. */
final class MigrationSourceResolver {

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

    static Optional<MigrationSource> resolve(MigrationTest annotation, Class<?> testClass) {
        if (!annotation.sql().isBlank()) {
            return Optional.of(MigrationSources.sql(annotation.sql().trim()));
        }
        return Optional.empty();
    }
}
