package io.github.migrationtest.core.postgres;

import java.io.Serial;

/**
 * A PostgreSQL server or database could not be provided; the message says what was tried and how to fix it.
 *
 * @since 0.1
 */
public class ProvisioningException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ProvisioningException(String message) {
        super(message);
    }

    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
