package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The privileges one role holds on one table, view, sequence, column, function or schema, from the object's access
 * control list ({@code relacl}, {@code attacl}, {@code proacl}, {@code nspacl}). The path is the object's path and
 * the grantee: {@code public.orders to reporting}; {@code public} stands for {@code PUBLIC}.
 *
 * <p>Privileges are compared with the object type's default (what {@code acldefault} gives when the list is null):
 * the owner's own default privileges are left out, so granting to another role adds one grant and not the owner's
 * as well, while a default held by {@code PUBLIC} (such as {@code EXECUTE} on functions) is captured, so revoking it
 * shows. An owner revoking its own privileges is not seen. Who granted a privilege is not captured.
 *
 * @param on what the object is: table, view, materialized view, foreign table, sequence, column, function or schema
 * @param object the object's path, such as {@code public.orders}, {@code public.orders.total} or
 *     {@code public.order_count(bigint)}
 * @param grantee the role holding the privileges, {@code public} for every role
 * @param privileges the privileges, such as {@code SELECT}, sorted
 * @param grantable those of the privileges held {@code WITH GRANT OPTION}, sorted
 * @since 0.1
 */
public record GrantSnapshot(String on, String object, String grantee, List<String> privileges,
        List<String> grantable) implements SchemaObject {

    public GrantSnapshot {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(grantee, "grantee");
        privileges = privileges.stream().sorted().toList();
        grantable = grantable.stream().sorted().toList();
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.GRANT;
    }

    @Override
    public String path() {
        return object + " to " + grantee;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("on", on);
        properties.put("privileges", privileges);
        properties.put("with grant option", grantable);
        return Collections.unmodifiableMap(properties);
    }
}
