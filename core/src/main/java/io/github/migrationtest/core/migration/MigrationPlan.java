package io.github.migrationtest.core.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The ordered steps of a migration history.
 *
 * @param source what the history comes from, e.g. {@code plain SQL folder db/migrations}
 * @param steps the steps in the order they apply
 * @since 0.1
 */
public record MigrationPlan(String source, List<MigrationStep> steps) {

    public MigrationPlan {
        steps = List.copyOf(steps);
    }

    /** The step with this version (any spelling: {@code 3} finds {@code 0003}). */
    public Optional<MigrationStep> find(String version) {
        return steps.stream().filter(step -> Versions.same(step.version(), version)).findFirst();
    }

    /**
     * The step with this version.
     *
     * @throws MigrationException listing the versions there are, if none has it
     */
    public MigrationStep step(String version) {
        return find(version).orElseThrow(() -> MigrationException.invalid("No step has version " + version + " in "
                + source + ". Versions: " + steps.stream().map(MigrationStep::version).toList() + "."));
    }

    /** The position of a step in the plan. */
    public int indexOf(MigrationStep step) {
        return steps.indexOf(step);
    }

    /** The steps up to and including this version. */
    public List<MigrationStep> upTo(String version) {
        return steps.subList(0, indexOf(step(version)) + 1);
    }

    /**
     * A digest of every step up to and including this version: equal digests mean equal databases, so it keys
     * cached templates. Editing any of those steps changes it.
     */
    public String checksumUpTo(String version) {
        MessageDigest digest = sha256();
        digest.update(source.getBytes(StandardCharsets.UTF_8));
        for (MigrationStep step : upTo(version)) {
            digest.update((step.version() + "\0" + step.checksum() + "\0").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
