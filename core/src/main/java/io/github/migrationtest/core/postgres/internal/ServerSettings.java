package io.github.migrationtest.core.postgres.internal;

import java.util.Map;
import java.util.TreeMap;

/** The settings of every server this library owns: durability off (a test server's data is disposable). */
public final class ServerSettings {

    /** Setting name to value, in a stable order. */
    public static final Map<String, String> OWNED = new TreeMap<>(Map.of(
            "fsync", "off",
            "synchronous_commit", "off",
            "full_page_writes", "off",
            // parallel test runs hold a few connections per test
            "max_connections", "300"));

    private ServerSettings() {
    }
}
