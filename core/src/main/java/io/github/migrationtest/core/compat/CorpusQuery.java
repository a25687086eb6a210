package io.github.migrationtest.core.compat;

import java.util.List;
import java.util.Objects;

/**
 * One named statement of a {@link QueryCorpus}.
 *
 * @param name the statement's name, unique in its corpus ({@code list_users})
 * @param sql the statement without its terminating semicolon, with {@code $1..$n} placeholders
 * @param params one SQL literal per placeholder ({@code 42}, {@code 'ada@example.com'}), empty when none were given;
 *     without them a statement with placeholders is prepared but not executed
 * @param types the parameter types for the typed {@code PREPARE} ({@code bigint}), empty to let the server infer them
 * @param location where the statement was read, {@code list_users.sql:12}, for messages
 * @since 0.1
 */
public record CorpusQuery(String name, String sql, List<String> params, List<String> types, String location) {

    public CorpusQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
        types = List.copyOf(types);
        Objects.requireNonNull(location, "location");
    }
}
