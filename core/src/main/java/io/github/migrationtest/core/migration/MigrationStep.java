package io.github.migrationtest.core.migration;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a migration history: an up, and possibly a down that reverts it.
 *
 * @param version the version as the source writes it ({@code 3}, {@code 1.1}, {@code 20240101120000}); unique in a
 *     plan
 * @param description what the step does, from its file name or changeset
 * @param location where the up is defined, for messages (a file, or a changelog and changeset id)
 * @param checksum a digest of the step's content (up and down); editing the step changes it
 * @param downLocation where the down is defined, if there is one
 * @param noDownReason why there is no down, when there is none
 * @param transactional {@code false} when the step has statements that cannot run in a transaction
 * @param markers the {@code migrationtest:<name> <reason>} markers written in the step's files (comments of SQL
 *     scripts, a changeset's comment or SQL), by name: {@code irreversible}, {@code data-lossy},
 *     {@code idempotent}; the value is the text after the name, possibly empty
 * @since 0.1
 */
public record MigrationStep(String version, String description, String location, String checksum,
        Optional<String> downLocation, Optional<String> noDownReason, boolean transactional,
        Map<String, String> markers) {

    /** A step without markers. */
    public MigrationStep(String version, String description, String location, String checksum,
            Optional<String> downLocation, Optional<String> noDownReason, boolean transactional) {
        this(version, description, location, checksum, downLocation, noDownReason, transactional, Map.of());
    }

    public MigrationStep {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(downLocation, "downLocation");
        Objects.requireNonNull(noDownReason, "noDownReason");
        markers = Map.copyOf(markers);
    }

    /** The text after a marker such as {@code migrationtest:irreversible}, if the step's files have it. */
    public Optional<String> marker(String name) {
        return Optional.ofNullable(markers.get(name));
    }

    /** Whether the step can be reverted. */
    public boolean hasDown() {
        return downLocation.isPresent();
    }

    /** The step as people name it: {@code 0003 add_email}. */
    public String label() {
        return description.isEmpty() ? version : version + " " + description;
    }

    @Override
    public String toString() {
        return label();
    }
}
