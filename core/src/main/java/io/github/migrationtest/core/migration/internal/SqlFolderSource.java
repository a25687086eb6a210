package io.github.migrationtest.core.migration.internal;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepRunner;
import io.github.migrationtest.core.migration.Versions;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of plain SQL migrations in one of three layouts, mixed freely:
 * {@code 0001_name.up.sql} / {@code 0001_name.down.sql} pairs (golang-migrate), {@code 0001_name/up.sql} +
 * {@code down.sql} folders (Diesel), and {@code 0001_name.sql} files with {@code -- migrate:up} and
 * {@code -- migrate:down} sections (dbmate).
 */
public final class SqlFolderSource implements MigrationSource {

    private static final Pattern PAIR = Pattern.compile("^(\\d[\\d.]*)_(.+)\\.(up|down)\\.sql$");
    private static final Pattern SINGLE = Pattern.compile("^(\\d[\\d.]*)_(.+)\\.sql$");
    private static final Pattern FOLDER = Pattern.compile("^(\\d[\\d-]*)_(.+)$");
    private static final Pattern DBMATE_UP = Pattern.compile("(?m)^--\\s*migrate:up\\b(.*)$");
    private static final Pattern DBMATE_DOWN = Pattern.compile("(?m)^--\\s*migrate:down\\b.*$");

    private final String location;
    // the scripts behind the last plan, so a runner runs exactly what the plan's checksums describe
    private volatile Map<String, Scripts> lastRead = Map.of();

    /**
     * @param location a folder path, or {@code classpath:<folder>}
     */
    public SqlFolderSource(String location) {
        this.location = location;
    }

    @Override
    public String description() {
        return "plain SQL folder " + location;
    }

    @Override
    public MigrationPlan plan() {
        Path dir = Locations.directory(location, "SQL migrations folder");
        Map<String, Scripts> byVersion = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                read(entry, byVersion);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (byVersion.isEmpty()) {
            throw MigrationException.invalid("The SQL migrations folder `" + location + "` (" + dir + ") contains no "
                    + "migrations. Expected files such as 0001_create_users.up.sql + 0001_create_users.down.sql, "
                    + "folders 0001_create_users/up.sql + down.sql, or 0001_create_users.sql with -- migrate:up and "
                    + "-- migrate:down sections.");
        }
        List<MigrationStep> steps = new ArrayList<>();
        for (Scripts scripts : byVersion.values()) {
            steps.add(scripts.toStep());
        }
        lastRead = byVersion;
        steps.sort(Comparator.comparing(MigrationStep::version, Versions.ORDER));
        return new MigrationPlan(description(), steps);
    }

    @Override
    public StepRunner open(TestDatabase database, MigrationSettings settings) {
        return new SqlFolderRunner(database, settings, this::scripts);
    }

    @Override
    public Optional<String> upText(MigrationStep step) {
        return Optional.ofNullable(scripts(step).up);
    }

    /** The up and down text of a step, as read for the plan the Migrator holds. */
    private Scripts scripts(MigrationStep step) {
        if (lastRead.isEmpty()) {
            plan();
        }
        return lastRead.values().stream().filter(s -> Versions.same(s.version, step.version())).findFirst()
                .orElseThrow(() -> MigrationException.invalid("Step " + step.label() + " is not in " + location));
    }

    private void read(Path entry, Map<String, Scripts> byVersion) throws IOException {
        String name = entry.getFileName().toString().replaceAll("/$", "");
        if (Files.isDirectory(entry)) {
            Matcher folder = FOLDER.matcher(name);
            if (!folder.matches()) {
                if (Files.exists(entry.resolve("up.sql"))) {
                    throw unparsable(name + "/up.sql", "folder names start with a version: 0001_create_users/up.sql");
                }
                return;
            }
            Path up = entry.resolve("up.sql");
            Path down = entry.resolve("down.sql");
            Scripts scripts = scriptsFor(byVersion, folder.group(1), folder.group(2), name + "/");
            if (Files.exists(up)) {
                scripts.setUp(name + "/up.sql", Files.readString(up, StandardCharsets.UTF_8));
            }
            if (Files.exists(down)) {
                scripts.setDown(name + "/down.sql", Files.readString(down, StandardCharsets.UTF_8));
            }
            return;
        }
        if (!name.endsWith(".sql")) {
            return; // READMEs and the like
        }
        String text = Files.readString(entry, StandardCharsets.UTF_8);
        Matcher pair = PAIR.matcher(name);
        if (pair.matches()) {
            Scripts scripts = scriptsFor(byVersion, pair.group(1), pair.group(2), name);
            if (pair.group(3).equals("up")) {
                scripts.setUp(name, text);
            } else {
                scripts.setDown(name, text);
            }
            return;
        }
        Matcher single = SINGLE.matcher(name);
        if (!single.matches()) {
            throw unparsable(name, "file names start with a version: 0001_create_users.up.sql");
        }
        Matcher up = DBMATE_UP.matcher(text);
        if (!up.find()) {
            throw MigrationException.invalid("The migration file `" + name + "` in " + location + " has no "
                    + "-- migrate:up section. A single-file migration needs -- migrate:up (and -- migrate:down); "
                    + "otherwise name it " + single.group(1) + "_" + single.group(2) + ".up.sql.");
        }
        Scripts scripts = scriptsFor(byVersion, single.group(1), single.group(2), name);
        Matcher down = DBMATE_DOWN.matcher(text);
        boolean hasDown = down.find(up.end());
        int upEnd = hasDown ? down.start() : text.length();
        // blank out what precedes a section so that line numbers stay those of the file
        scripts.setUp(name, blankBefore(text, up.end(), upEnd));
        scripts.upNonTransactional = up.group(1).contains("transaction:false");
        if (hasDown) {
            scripts.setDown(name, blankBefore(text, down.end(), text.length()));
        }
    }

    private Scripts scriptsFor(Map<String, Scripts> byVersion, String version, String description, String file) {
        for (Scripts existing : byVersion.values()) {
            if (Versions.same(existing.version, version) && !existing.description.equals(description)) {
                throw MigrationException.invalid("Version " + version + " is used twice in " + location + ": "
                        + existing.firstFile + " and " + file + ". Give one of them the next free version.");
            }
        }
        return byVersion.computeIfAbsent(version + "_" + description,
                key -> new Scripts(version, description, file));
    }

    private static String blankBefore(String text, int from, int to) {
        String before = text.substring(0, from).replaceAll("[^\\n]", "");
        return before + text.substring(from, to);
    }

    private MigrationException unparsable(String file, String rule) {
        return MigrationException.invalid("The migration `" + file + "` in " + location + " has no version: "
                + rule + ". Rename it, or move it out of the folder.");
    }

    /** The scripts found for one version. */
    static final class Scripts {
        final String version;
        final String description;
        final String firstFile;
        String upFile;
        String up;
        String downFile;
        String down;
        boolean upNonTransactional;

        Scripts(String version, String description, String firstFile) {
            this.version = version;
            this.description = description;
            this.firstFile = firstFile;
        }

        void setUp(String file, String text) {
            upFile = file;
            up = text;
        }

        void setDown(String file, String text) {
            downFile = file;
            down = text;
        }

        MigrationStep toStep() {
            if (up == null) {
                throw MigrationException.invalid("`" + downFile + "` is a down without an up: add the up script "
                        + "for version " + version + ", or delete the down.");
            }
            boolean transactional = !upNonTransactional
                    && SqlScript.parse(up).stream().allMatch(SqlStatement::transactional);
            return new MigrationStep(version, description, upFile, checksum(), Optional.ofNullable(downFile),
                    downFile == null ? Optional.of("no down script: add " + expectedDown() + " to make it reversible")
                            : Optional.empty(), transactional, StepMarkers.of(up, down));
        }

        private String expectedDown() {
            if (upFile.endsWith("/up.sql")) {
                return upFile.replace("/up.sql", "/down.sql");
            }
            return upFile.endsWith(".up.sql") ? upFile.replace(".up.sql", ".down.sql")
                    : "a -- migrate:down section to " + upFile;
        }

        private String checksum() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(up.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (down != null) {
                    digest.update(down.getBytes(StandardCharsets.UTF_8));
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
