package io.github.migrationtest.junit;

/**
 * An on/off attribute whose default comes from a configuration parameter.
 *
 * @since 0.1
 */
public enum Switch {

    /** Whatever the matching configuration parameter says, else the attribute's documented default. */
    DEFAULT,

    /** On. */
    ON,

    /** Off. */
    OFF
}
