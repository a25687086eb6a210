package io.github.migrationtest.core.migration.internal.liquibase;

import java.util.Optional;
import liquibase.change.Change;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.exception.RollbackImpossibleException;

/** Whether Liquibase can roll a changeset back on PostgreSQL, and if not, Liquibase's reason. */
final class Rollbacks {

    private Rollbacks() {
    }

    /** True when the changeset has a rollback block of its own ({@code rollback: empty} counts). */
    static boolean hasRollbackBlock(ChangeSet changeSet) {
        return changeSet.getRollback() != null && !changeSet.getRollback().getChanges().isEmpty();
    }

    /**
     * Why Liquibase cannot roll the changeset back, or empty if it can.
     *
     * @param postgres a PostgreSQL database without a connection: enough to ask changes about rollback support
     */
    static Optional<String> noRollbackReason(ChangeSet changeSet, Database postgres) {
        if (hasRollbackBlock(changeSet)) {
            return Optional.empty();
        }
        for (Change change : changeSet.getChanges()) {
            String reason = reason(changeSet, change, postgres);
            if (reason != null) {
                return Optional.of("changeset " + changeSet.getId() + "::" + changeSet.getAuthor() + ": "
                        + change.getSerializedObjectName() + " has no automatic rollback and no rollback block ("
                        + "Liquibase: " + reason + "). Add a rollback block to the changeset ("
                        + (isFormattedSql(changeSet) ? "--rollback lines" : "rollback:") + "), or an empty one if "
                        + "it needs no undo");
            }
        }
        return Optional.empty();
    }

    // null when the change can be rolled back
    private static String reason(ChangeSet changeSet, Change change, Database postgres) {
        if (change instanceof RawSQLChange && isFormattedSql(changeSet)) {
            // Liquibase refuses these in ChangeSet.rollback, whatever the change says
            return "Liquibase does not support automatic rollback generation for raw sql changes";
        }
        if (change.supportsRollback(postgres)) {
            return null;
        }
        try {
            change.generateRollbackStatements(postgres);
            return change.getSerializedObjectName() + " does not support rollback on " + postgres.getShortName();
        } catch (RollbackImpossibleException e) {
            return e.getMessage();
        }
    }

    private static boolean isFormattedSql(ChangeSet changeSet) {
        return changeSet.getFilePath() != null && changeSet.getFilePath().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".sql");
    }
}
