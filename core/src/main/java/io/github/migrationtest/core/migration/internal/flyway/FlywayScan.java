package io.github.migrationtest.core.migration.internal.flyway;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.internal.StepMarkers;
import io.github.migrationtest.core.migration.internal.SqlScript;
import io.github.migrationtest.core.migration.internal.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The migrations found in Flyway locations, read without a database.
 *
 * <p>Flyway's public API resolves migrations only inside {@code info()}, {@code validate()} and {@code migrate()},
 * which all connect first (its resolvers need the database's parser), and its scanner is internal API. A plan must
 * exist before any database does (it keys template caches), so the locations are scanned here with Flyway's naming
 * rules (default prefixes {@code V}, {@code U}, {@code R}, separator {@code __}, suffix {@code .sql}), and
 * versions are parsed and ordered by Flyway's own {@link MigrationVersion}. Flyway still resolves the same locations
 * itself when a step runs, and a step it does not apply is an error, so the two cannot silently disagree.
 */
final class FlywayScan {

    /** An undo script. */
    record Undo(String location, String text) {
    }

    private record Versioned(MigrationVersion version, String description, String location, String text,
            boolean transactional, String javaKey) {
    }

    private final String source;
    private final Map<MigrationVersion, Versioned> versioned = new LinkedHashMap<>();
    private final Map<MigrationVersion, Undo> undos = new LinkedHashMap<>();

    private FlywayScan(String source) {
        this.source = source;
    }

    /**
     * Scans the locations.
     *
     * @throws MigrationException for a missing location, a misnamed file, a duplicate version, an undo without its
     *     versioned migration, or a Java migration Flyway could not instantiate
     */
    static FlywayScan of(String source, List<FlywayLocation> locations, ClassLoader loader) {
        FlywayScan scan = new FlywayScan(source);
        for (FlywayLocation location : locations) {
            for (Path root : location.roots(loader)) {
                scan.scan(location, root, loader);
            }
        }
        scan.check(locations);
        return scan;
    }

    /** The steps, in Flyway's order. */
    MigrationPlan plan() {
        List<MigrationStep> steps = new ArrayList<>();
        versioned.values().stream().sorted(Comparator.comparing(Versioned::version)).forEach(v -> {
            Undo undo = undos.get(v.version());
            Optional<String> noDown = undo != null ? Optional.empty() : Optional.of(v.text() == null
                    ? "Java migration: Flyway runs no undo for Java migrations"
                    : "no undo script " + expectedUndo(v.location()));
            steps.add(new MigrationStep(v.version().getVersion(), v.description(), v.location(), checksum(v, undo),
                    Optional.ofNullable(undo).map(Undo::location), noDown, v.transactional(),
                    StepMarkers.of(v.text(), undo == null ? null : undo.text())));
        });
        return new MigrationPlan(source, steps);
    }

    /** The up script's text of a version, if it is an SQL migration. */
    Optional<String> text(String version) {
        return Optional.ofNullable(versioned.get(MigrationVersion.fromVersion(version))).map(Versioned::text);
    }

    /** The undo script of a version, if there is one. */
    Optional<Undo> undo(String version) {
        return Optional.ofNullable(undos.get(MigrationVersion.fromVersion(version)));
    }

    private void scan(FlywayLocation location, Path root, ClassLoader loader) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".sql")) {
                    readScript(location.name(root, file), name, file);
                } else if (location.classpath() && name.endsWith(".class") && !name.contains("$")) {
                    String path = location.name(root, file);
                    readClass(path.substring(0, path.length() - ".class".length()).replace('/', '.'), loader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Flyway location " + location.configured(), e);
        }
    }

    private void readScript(String location, String name, Path file) throws IOException {
        char prefix = name.charAt(0);
        if (prefix != 'V' && prefix != 'U' && prefix != 'R') {
            return; // callbacks (afterMigrate.sql) and other scripts Flyway does not migrate
        }
        String stem = name.substring(1, name.length() - ".sql".length());
        int separator = stem.indexOf("__");
        if (separator < 0) {
            if (prefix != 'R' && !stem.isEmpty() && Character.isDigit(stem.charAt(0))) {
                throw misnamed(location, "the version and the description are separated by two underscores");
            }
            return; // Views.sql and the like: not a migration to Flyway either
        }
        String version = stem.substring(0, separator);
        String description = stem.substring(separator + 2).replace('_', ' ');
        if (prefix == 'R') {
            return; // repeatable: applied by Flyway after the versioned migrations of each migrate, not a step
        }
        MigrationVersion parsed = parseVersion(version, location);
        String text = read(file);
        if (prefix == 'U') {
            Undo previous = undos.put(parsed, new Undo(location, text));
            if (previous != null) {
                throw duplicate(parsed, previous.location(), location);
            }
            return;
        }
        add(new Versioned(parsed, description, location, text, transactional(file, text), null));
    }

    private void readClass(String className, ClassLoader loader) {
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        boolean looksLikeMigration = simpleName.contains("__");
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            if (looksLikeMigration) {
                throw MigrationException.invalid("The Java migration " + className + " in " + source + " cannot be "
                        + "loaded: " + e + ". Add what it needs to the test classpath, or move it out of the "
                        + "location.", e);
            }
            return;
        }
        if (!JavaMigration.class.isAssignableFrom(type) || type.isInterface()
                || Modifier.isAbstract(type.getModifiers())) {
            return; // Flyway also ignores classes that are not migrations
        }
        JavaMigration migration;
        try {
            migration = type.asSubclass(JavaMigration.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw MigrationException.invalid("Flyway cannot instantiate the Java migration " + className + " in "
                    + source + ": " + cause + ". A Java migration needs a public no-argument constructor that "
                    + "does not fail, and a class name such as V4__Backfill_emails.", e);
        }
        if (migration.getVersion() == null) {
            return; // repeatable Java migration: not a step
        }
        Integer checksum = migration.getChecksum();
        add(new Versioned(migration.getVersion(), migration.getDescription(), className, null,
                migration.canExecuteInTransaction(), className + "\0" + migration.getVersion() + "\0" + checksum));
    }

    private void add(Versioned migration) {
        Versioned previous = versioned.put(migration.version(), migration);
        if (previous != null) {
            throw duplicate(migration.version(), previous.location(), migration.location());
        }
    }

    private void check(List<FlywayLocation> locations) {
        for (Map.Entry<MigrationVersion, Undo> undo : undos.entrySet()) {
            if (!versioned.containsKey(undo.getKey())) {
                throw MigrationException.invalid("The undo script " + undo.getValue().location() + " in " + source
                        + " has no versioned migration " + undo.getKey() + ": add "
                        + expectedVersioned(undo.getValue().location()) + ", or delete the undo script.");
            }
        }
        if (versioned.isEmpty()) {
            throw MigrationException.invalid("The Flyway locations " + locations.stream()
                    .map(FlywayLocation::configured).toList() + " contain no versioned migrations. Expected scripts "
                    + "such as V1__create_users.sql (with U1__create_users.sql to revert it), or Java classes "
                    + "extending BaseJavaMigration such as V2__Backfill_users.");
        }
    }

    private MigrationVersion parseVersion(String version, String location) {
        if (version.isEmpty()) {
            throw misnamed(location, "versioned and undo migrations need a version before the two underscores");
        }
        try {
            return MigrationVersion.fromVersion(version);
        } catch (FlywayException e) {
            throw misnamed(location, "Flyway says: " + e.getMessage());
        }
    }

    private MigrationException misnamed(String location, String rule) {
        return MigrationException.invalid("The migration " + location + " in " + source + " has no valid Flyway "
                + "version: " + rule + ". Name it like V3__add_email.sql or V1.2__add_email.sql (digits separated by "
                + ". or _), or move it out of the location.");
    }

    private MigrationException duplicate(MigrationVersion version, String first, String second) {
        return MigrationException.invalid("Version " + version + " is used twice in " + source + ": " + first
                + " and " + second + ". Flyway refuses duplicate versions; give one of them the next free version.");
    }

    // Flyway decides per script: a V1__x.sql.conf with executeInTransaction=false, or statements PostgreSQL refuses
    // in a transaction (CREATE INDEX CONCURRENTLY, ...), make it run outside one.
    private static boolean transactional(Path file, String text) throws IOException {
        Path config = file.resolveSibling(file.getFileName() + ".conf");
        if (Files.exists(config) && Files.readString(config, StandardCharsets.UTF_8).lines()
                .map(line -> line.replace(" ", "")).anyMatch("executeInTransaction=false"::equalsIgnoreCase)) {
            return false;
        }
        return SqlScript.parse(text).stream().allMatch(SqlStatement::transactional);
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String expectedUndo(String location) {
        return fileName(location).replaceFirst("^V", "U");
    }

    private static String expectedVersioned(String location) {
        return fileName(location).replaceFirst("^U", "V");
    }

    private static String fileName(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String checksum(Versioned migration, Undo undo) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((migration.text() != null ? migration.text() : migration.javaKey())
                    .getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (undo != null) {
                digest.update(undo.text().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
