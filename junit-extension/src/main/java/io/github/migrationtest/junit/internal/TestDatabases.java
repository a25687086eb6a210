package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.migration.MigratedDatabases;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ProvisioningException;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.junit.CaptureCorpus;
import io.github.migrationtest.junit.KeepDatabase;
import io.github.migrationtest.junit.MigratedTo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Resolves the database parameters of a test, creating its database on first use. */
public final class TestDatabases {

    private static final Set<Class<?>> TYPES = Set.of(TestDatabase.class, DataSource.class, Connection.class,
            Migrator.class, MigrationPlan.class);

    private TestDatabases() {
    }

    /** Whether a parameter of this type is ours to resolve. */
    public static boolean supports(Class<?> type) {
        return TYPES.contains(type);
    }

    /**
     * The value for a parameter of a supported type; every parameter of one test refers to the same database.
     *
     * @throws ParameterResolutionException outside a test method, or if the server cannot provide a database
     */
    public static Object resolve(Class<?> type, ExtensionContext context) {
        if (type == MigrationPlan.class) {
            return source(context).plan();
        }
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("@MigrationTest gives each test method its own database, so a "
                    + type.getSimpleName() + " can only be injected into @Test, @BeforeEach and @AfterEach methods, "
                    + "not into " + context.getElement().map(Object::toString).orElse(context.getDisplayName()) + ".");
        }
        DatabaseResource resource = Stores.computeIfAbsent(Stores.of(context), Stores.DATABASE, key -> create(context),
                DatabaseResource.class);
        if (type == TestDatabase.class) {
            return resource.database();
        }
        if (type == DataSource.class) {
            return resource.dataSource(captureCorpus(context));
        }
        if (type == Migrator.class) {
            return resource.migrator(() -> Migrator.open(resource.database(), source(context),
                    migrationSettings(context)));
        }
        try {
            return resource.newConnection();
        } catch (SQLException e) {
            throw new ParameterResolutionException("Could not connect to " + resource.database().jdbcUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Drops or keeps the test's database, if it made one. */
    public static void finish(ExtensionContext context) {
        DatabaseResource resource = context.getStore(Stores.NAMESPACE).remove(Stores.DATABASE, DatabaseResource.class);
        if (resource != null) {
            resource.finish(context);
        }
    }

    private static Optional<CaptureCorpus> captureCorpus(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getTestMethod(), CaptureCorpus.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), CaptureCorpus.class));
    }

    private static MigrationSettings migrationSettings(ExtensionContext context) {
        return Optional.ofNullable(Stores.of(context).get(Stores.MIGRATION_SETTINGS, MigrationSettings.class))
                .orElse(MigrationSettings.defaults());
    }

    // the method's annotation wins over its class's (or an enclosing class's)
    private static Optional<MigratedTo> migratedTo(ExtensionContext context) {
        Optional<MigratedTo> onMethod = AnnotationSupport.findAnnotation(context.getTestMethod(), MigratedTo.class);
        if (onMethod.isPresent()) {
            return onMethod;
        }
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            Optional<MigratedTo> onClass = AnnotationSupport.findAnnotation(c, MigratedTo.class);
            if (onClass.isPresent()) {
                return onClass;
            }
        }
        return Optional.empty();
    }

    private static MigrationSource source(ExtensionContext context) {
        // @BeforeAll methods of a class template run outside its invocations, so read the annotation then
        MigrationSource source = Optional.ofNullable(Stores.of(context).get(Stores.SOURCE, MigrationSource.class))
                .or(() -> MigrationSourceResolver.forClass(context.getRequiredTestClass())).orElse(null);
        if (source == null) {
            throw new ParameterResolutionException("A Migrator or MigrationPlan needs a migration history, but "
                    + context.getRequiredTestClass().getName() + " names none and none was found at "
                    + "classpath:db/migration (Flyway) or classpath:db/changelog/db.changelog-master."
                    + "{yaml,yml,xml,sql,json} (Liquibase). Set it on the annotation: @MigrationTest(sql = "
                    + "\"src/main/resources/db/migrations\"), flyway = \"...\" or liquibase = \"...\".");
        }
        return source;
    }

    private static DatabaseResource create(ExtensionContext context) {
        ServerSpec spec = Stores.of(context).get(Stores.SPEC, ServerSpec.class);
        if (spec == null) {
            throw new ParameterResolutionException("No PostgreSQL server is configured for "
                    + context.getRequiredTestClass().getName() + ". Annotate the class with @MigrationTest rather "
                    + "than registering MigrationTestExtension with @ExtendWith.");
        }
        KeepDatabase keep = Stores.of(context).get(Stores.KEEP, KeepDatabase.class);
        Optional<MigratedTo> migratedTo = migratedTo(context);
        try {
            PostgresServer server = PostgresServers.shared().server(spec);
            TestDatabase database = migratedTo.isEmpty() ? server.createDatabase()
                    : MigratedDatabases.at(server, source(context), migrationSettings(context),
                            migratedTo.get().value());
            return new DatabaseResource(server, database, keep);
        } catch (ProvisioningException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }
}
