package io.github.migrationtest.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that writes data right after the battery reaches a version, in every run that passes through it;
 * the checks of the later steps then run against those rows. The method takes one {@link java.sql.Connection}
 * (auto-commit, to the battery's database) and may be static.
 *
 * <pre>{@code
 * @MigrationFixture("3")
 * void customers(Connection connection) throws SQLException {
 *     connection.createStatement().execute("INSERT INTO customers (name) VALUES ('Ada')");
 * }
 * }</pre>
 *
 * <p>SQL fixtures can live in a folder instead: {@link MigrationTest#fixtures()}. Tables no fixture fills get a few
 * synthesized rows.
 *
 * @since 0.1
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MigrationFixture {

    /** The version after which the method runs ({@code 3} also finds {@code 0003}). */
    String value();
}
