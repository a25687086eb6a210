package io.github.migrationtest.core.data.internal;

import java.util.Optional;
import java.util.Set;

/**
 * What a column's type means for synthesis.
 *
 * @param values the values to insert, or empty when no generator covers the type
 * @param notNull whether a domain in the type's chain is {@code NOT NULL}
 * @param domains the paths of the domains the type goes through (for arrays, the element's), whose checks may
 *     reject a value
 * @param unsupported the type that has no generator (the column's type itself, a domain's base or an array's
 *     element), for messages
 */
public record ColumnType(Optional<ValueSource> values, boolean notNull, Set<String> domains, String unsupported) {
}
