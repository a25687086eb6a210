package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.postgres.ServerSpec;
import java.util.Optional;
import io.github.migrationtest.junit.KeepDatabase;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One run of a {@code @MigrationTest} class, against one server. */
record ServerInvocation(ServerSpec spec, KeepDatabase keepDatabase, Optional<MigrationSource> source,
        MigrationSettings migrationSettings, VerificationOptions batteryOptions)
        implements ClassTemplateInvocationContext {

    @Override
    public String getDisplayName(int invocationIndex) {
        return spec.label();
    }

    @Override
    public void prepareInvocation(ExtensionContext context) {
        // Nested classes and methods find these through the store's parent lookup.
        Stores.of(context).put(Stores.SPEC, spec);
        Stores.of(context).put(Stores.KEEP, keepDatabase);
        source.ifPresent(s -> Stores.of(context).put(Stores.SOURCE, s));
        Stores.of(context).put(Stores.MIGRATION_SETTINGS, migrationSettings);
        Stores.of(context).put(Stores.BATTERY_OPTIONS, batteryOptions);
    }
}
