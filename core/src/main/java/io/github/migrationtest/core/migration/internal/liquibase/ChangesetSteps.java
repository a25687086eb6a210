package io.github.migrationtest.core.migration.internal.liquibase;

import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.internal.StepMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liquibase.ChecksumVersion;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
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
                changeSet.isRunInTransaction(), StepMarkers.of(markerTexts(changeSet).toArray(String[]::new)));
    }

    // markers may be written in the changeset's comment or in the SQL of its sql / sqlFile changes and rollback
    private static List<String> markerTexts(ChangeSet changeSet) {
        List<String> texts = new ArrayList<>();
        texts.add(changeSet.getComments());
        List<Change> changes = new ArrayList<>(changeSet.getChanges());
        changes.addAll(changeSet.getRollback().getChanges());
        for (Change change : changes) {
            if (change instanceof AbstractSQLChange sql) {
                texts.add(sql.getSql());
            }
        }
        return texts;
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
