package io.github.migrationtest.junit.internal;

import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/** The extension's store namespace and keys. */
final class Stores {

    static final Namespace NAMESPACE = Namespace.create("io.github.migrationtest");
    static final String SPEC = "serverSpec";
    static final String KEEP = "keepDatabase";
    static final String SOURCE = "migrationSource";
    static final String MIGRATION_SETTINGS = "migrationSettings";
    static final String DATABASE = "database";
    static final String BATTERY_OPTIONS = "batteryOptions";

    private Stores() {
    }

    static ExtensionContext.Store of(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }

    // JUnit 6 renames getOrComputeIfAbsent to computeIfAbsent, which 5.14 lacks; this works on both.
    @SuppressWarnings("deprecation")
    static <V> V computeIfAbsent(ExtensionContext.Store store, String key, Function<String, V> factory,
            Class<V> type) {
        return store.getOrComputeIfAbsent(key, factory, type);
    }
}
