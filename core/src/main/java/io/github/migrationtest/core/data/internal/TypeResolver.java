package io.github.migrationtest.core.data.internal;

import io.github.migrationtest.core.schema.DomainSnapshot;
import io.github.migrationtest.core.schema.EnumTypeSnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves a column's type, as the snapshot writes it, to its values: built-in types directly, enums through their
 * labels, domains through their base type and arrays through their element type.
 */
public final class TypeResolver {

    private final Map<String, EnumTypeSnapshot> enums;
    private final Map<String, DomainSnapshot> domains;

    public TypeResolver(SchemaSnapshot snapshot) {
        enums = snapshot.enumTypes().stream().collect(Collectors.toMap(EnumTypeSnapshot::path, Function.identity()));
        domains = snapshot.domains().stream().collect(Collectors.toMap(DomainSnapshot::path, Function.identity()));
    }

    /**
     * @param type the type as {@code format_type} writes it with {@code search_path} set to {@code pg_catalog}
     * @param column the column's path
     */
    public ColumnType resolve(String type, String column) {
        return resolve(type, column, new HashSet<>());
    }

    /** The names of a domain's check constraints. */
    public Set<String> domainConstraints(String domain) {
        DomainSnapshot snapshot = domains.get(domain);
        if (snapshot == null) {
            return Set.of();
        }
        return snapshot.constraints().stream().map(c -> new Identifiers.Reader(c, 0).identifier())
                .collect(Collectors.toSet());
    }

    private ColumnType resolve(String type, String column, Set<String> seen) {
        if (type.endsWith("[]")) {
            ColumnType element = resolve(type.substring(0, type.length() - 2), column, seen);
            return new ColumnType(element.values().map(ArrayValues::new), false, element.domains(),
                    element.unsupported());
        }
        if (!isUserType(type)) {
            return new ColumnType(BuiltinValues.of(type, column), false, Set.of(), type);
        }
        String path = Identifiers.unquoteName(type);
        EnumTypeSnapshot enumType = enums.get(path);
        if (enumType != null && !enumType.labels().isEmpty()) {
            return new ColumnType(Optional.of(enumValues(enumType.labels())), false, Set.of(), type);
        }
        DomainSnapshot domain = domains.get(path);
        if (domain != null && seen.add(path)) {
            ColumnType base = resolve(domain.type(), column, seen);
            Set<String> chain = new HashSet<>(base.domains());
            chain.add(path);
            return new ColumnType(base.values(), base.notNull() || domain.notNull(), Set.copyOf(chain),
                    base.unsupported());
        }
        return new ColumnType(Optional.empty(), false, Set.of(), type);
    }

    /** Each variant starts at a different label, so a check that rejects some labels finds one it accepts. */
    private static ValueSource enumValues(List<String> labels) {
        return new ValueSource() {
            @Override
            public int variants() {
                return labels.size();
            }

            @Override
            public String value(int row, int variant) {
                return labels.get((row + variant) % labels.size());
            }
        };
    }

    /** {@code format_type} qualifies every type outside {@code pg_catalog} when that is the search path. */
    private static boolean isUserType(String type) {
        boolean quoted = false;
        for (char c : type.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                return true;
            }
        }
        return false;
    }
}
