package io.github.migrationtest.core.postgres.internal;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.util.List;

/**
 * PostgreSQL refuses to run as root; as zonky does, run it in a user namespace ({@code unshare -U}) then.
 */
final class Unshare {

    private Unshare() {
    }

    static List<String> prefix() {
        return LinuxUtils.isUnshareAvailable() ? List.of("unshare", "-U") : List.of();
    }
}
