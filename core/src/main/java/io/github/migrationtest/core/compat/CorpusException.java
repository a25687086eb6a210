package io.github.migrationtest.core.compat;

import java.io.Serial;

/**
 * A corpus that cannot be read, or a query that already fails at the corpus's own version. The message names the
 * file, the line or the query, and the fix.
 *
 * @since 0.1
 */
public class CorpusException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong and how to fix it
     */
    public CorpusException(String message) {
        super(message);
    }

    /**
     * An exception with a message and its cause.
     *
     * @param message what is wrong and how to fix it
     * @param cause the underlying failure
     */
    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
