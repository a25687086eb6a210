package io.github.migrationtest.assertions;

import io.github.migrationtest.core.schema.GrantSnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The privileges granted on one table or column of a snapshot, one {@code PRIVILEGE to grantee} line each. */
final class Grants {

    private Grants() {
    }

    /** {@code SELECT to reporting}; {@code PUBLIC} in any case stands for the {@code public} pseudo-role. */
    static String grant(String grantee, String privilege) {
        String role = grantee.equalsIgnoreCase("public") ? "public" : grantee;
        return privilege.toUpperCase(Locale.ROOT) + " to " + role;
    }

    /** Every privilege granted on the object with this path, in grantee order. */
    static List<String> on(SchemaSnapshot schema, String path) {
        return schema.grants().stream().filter(g -> g.object().equals(path))
                .flatMap(Grants::lines).toList();
    }

    private static Stream<String> lines(GrantSnapshot grant) {
        return grant.privileges().stream().map(privilege -> privilege + " to " + grant.grantee());
    }
}
