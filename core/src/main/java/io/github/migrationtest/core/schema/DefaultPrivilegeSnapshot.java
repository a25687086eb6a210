package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The privileges one role will be granted on objects another role creates later ({@code ALTER DEFAULT PRIVILEGES},
 * {@code pg_default_acl}), one object per creating role, schema, kind of object and grantee. The path says it in
 * {@code ALTER DEFAULT PRIVILEGES}' order: {@code for app_owner in public on tables to reporting}, without
 * {@code in ...} for defaults that apply in every schema.
 *
 * <p>The ACL is taken as stored: an entry for every schema holds the whole default, so revoking {@code EXECUTE} on
 * functions from {@code PUBLIC} for every schema shows as the creating role's own {@code EXECUTE} (and
 * {@code PUBLIC}'s disappearing from it), while an entry for one schema holds only what it adds.
 *
 * @param role the role whose new objects get the privileges ({@code FOR ROLE})
 * @param schema the schema the default applies in, or empty for every schema
 * @param on the kind of object: tables, sequences, functions, types or schemas
 * @param grantee the role the privileges go to, {@code public} for every role
 * @param privileges the privileges, such as {@code SELECT}, sorted
 * @param grantable those of the privileges granted {@code WITH GRANT OPTION}, sorted
 * @since 0.1
 */
public record DefaultPrivilegeSnapshot(String role, Optional<String> schema, String on, String grantee,
        List<String> privileges, List<String> grantable) implements SchemaObject {

    public DefaultPrivilegeSnapshot {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().toList();
        grantable = grantable.stream().sorted().toList();
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.DEFAULT_PRIVILEGES;
    }

    @Override
    public String path() {
        return "for " + role + schema.map(s -> " in " + s).orElse("") + " on " + on + " to " + grantee;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("privileges", privileges);
        properties.put("with grant option", grantable);
        return Collections.unmodifiableMap(properties);
    }
}
