package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An installed extension; its path is its name. The objects that belong to it (its functions, types, tables, ...)
 * are left out of the snapshot: the extension and its version stand for them.
 *
 * @param name the extension's name, such as {@code pgcrypto}
 * @param version the installed version, such as {@code 1.3}
 * @param schema the schema its objects are in
 * @since 0.1
 */
public record ExtensionSnapshot(String name, String version, String schema) implements SchemaObject {

    public ExtensionSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.EXTENSION;
    }

    @Override
    public String path() {
        return name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("version", version);
        properties.put("schema", schema);
        return Collections.unmodifiableMap(properties);
    }
}
