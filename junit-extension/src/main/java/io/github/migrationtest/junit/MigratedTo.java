package io.github.migrationtest.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts each test's database at this version of the {@link MigrationTest @MigrationTest} history instead of empty.
 *
 * <p>The migrated state is made once per server and version and cached as a template database keyed by the
 * checksums of the steps up to the version, so every test after the first gets a clone (milliseconds) instead of a
 * replay; editing one of those migrations makes a new template. On a method it wins over one on the class.
 *
 * @since 0.1
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MigratedTo {

    /** The version, as the history names it ({@code 3} also finds {@code 0003}). */
    String value();
}
