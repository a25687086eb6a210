package io.github.migrationtest.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The server runs another PostgreSQL major than expected.
 *
 * @since 0.1
 */
public class ShouldRunPostgres extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting database server version:%n  %s%nto be PostgreSQL:%n  %s%n";

    private ShouldRunPostgres(String actualVersion, int expectedMajor) {
        super(TEMPLATE, actualVersion, expectedMajor);
    }

    /**
     * The message for a server running {@code actualVersion} instead of {@code expectedMajor}.
     */
    public static ErrorMessageFactory shouldRunPostgres(String actualVersion, int expectedMajor) {
        return new ShouldRunPostgres(actualVersion, expectedMajor);
    }
}
