package io.github.migrationtest.core.data.internal;

/**
 * The values one type can take, as PostgreSQL input text. A value depends only on the row index and the variant, so
 * the same schema gives the same rows on every run.
 */
public interface ValueSource {

    /** How many alternative value sets there are (at least 1), tried in turn when a check constraint rejects one. */
    int variants();

    /**
     * The value for a row.
     *
     * @param row the row index; different rows give different values wherever the type has enough of them
     * @param variant which value set, from 0 to {@link #variants()} - 1
     * @return the value as PostgreSQL input text, never {@code null}
     */
    String value(int row, int variant);
}
