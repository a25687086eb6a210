package io.github.migrationtest.core.migration;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Core's own tests cannot use {@code @MigrationTest} (the extension depends on core), so this gives a test a new
 * database on the shared PostgreSQL 17 server and drops it afterwards.
 */
public final class FreshDatabase implements ParameterResolver {

    static final PostgresServer SERVER = PostgresServers.shared().server(ServerSpec.embedded(17));

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = SERVER.createDatabase();
        context.getStore(ExtensionContext.Namespace.create(FreshDatabase.class, context.getUniqueId()))
                .put("database", (AutoCloseable) () -> SERVER.dropDatabase(database.name()));
        return database;
    }
}
