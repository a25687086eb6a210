package io.github.migrationtest.core.migration.internal.liquibase;

import io.github.migrationtest.core.migration.MigrationStep;
import java.util.Optional;
import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;

/** Turns a changeset into a step: version = id, checksum = Liquibase's own, so it compares with {@code md5sum}. */
final class ChangesetSteps {

    private ChangesetSteps() {
    }

    /** Must run inside a Liquibase scope: the checksum version comes from it. */
    static MigrationStep toStep(ChangeSet changeSet, Database postgres) {
        String location = location(changeSet);
        Optional<String> noDown = Rollbacks.noRollbackReason(changeSet, postgres);
        Optional<String> down = noDown.isPresent() ? Optional.empty()
                : Optional.of(location + (Rollbacks.hasRollbackBlock(changeSet) ? " (rollback block)"
                        : " (automatic rollback)"));
        return new MigrationStep(changeSet.getId(), description(changeSet), location,
                changeSet.generateCheckSum(ChecksumVersion.latest()).toString(), down, noDown,
                changeSet.isRunInTransaction());
    }

    /** {@code <changelog file>::<id>::<author>}, as Liquibase names changesets. */
    static String location(ChangeSet changeSet) {
        return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
    }

    private static String description(ChangeSet changeSet) {
        String comments = changeSet.getComments();
        if (comments != null && !comments.isBlank()) {
            return comments.strip().replaceAll("\\s+", " ");
        }
        return changeSet.getDescription();
    }
}
