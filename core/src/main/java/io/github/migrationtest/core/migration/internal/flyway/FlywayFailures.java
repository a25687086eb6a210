package io.github.migrationtest.core.migration.internal.flyway;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepFailure;
import io.github.migrationtest.core.migration.Versions;
import io.github.migrationtest.core.migration.internal.SqlStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a failed Flyway migrate into the same aligned failure the other sources give. Flyway's exceptions that
 * carry the failing statement and its line are internal API, so each is looked for in the cause chain and every
 * detail is optional.
 */
final class FlywayFailures {

    private FlywayFailures() {
    }

    /**
     * The failure of a step's up.
     *
     * @param databaseVersion the database's version after the failure
     */
    static MigrationException up(MigrationStep step, FlywayException e, Optional<String> databaseVersion) {
        FlywayMigrateException migrate = cause(e, FlywayMigrateException.class);
        FlywaySqlScriptException script = cause(e, FlywaySqlScriptException.class);
        SQLException sql = cause(e, SQLException.class);
        Optional<ServerErrorMessage> server = sql instanceof PSQLException psql
                ? Optional.ofNullable(psql.getServerErrorMessage()) : Optional.empty();
        // same layout as SqlScriptRunner's messages
        String message = server.map(s -> s.getSeverity() + ": " + s.getMessage()
                + (s.getDetail() == null ? "" : "\n            DETAIL: " + s.getDetail())
                + (s.getHint() == null ? "" : "\n            HINT: " + s.getHint()))
                .orElse(sql != null ? sql.getMessage() : rootMessage(e));
        Optional<Integer> position = server.map(ServerErrorMessage::getPosition).filter(p -> p > 0);
        Optional<String> statement = Optional.ofNullable(script).map(FlywaySqlScriptException::getStatement);
        Optional<Integer> startLine = Optional.ofNullable(script).map(FlywaySqlScriptException::getLineNumber)
                .or(() -> Optional.ofNullable(migrate).map(FlywayMigrateException::getLineNumber))
                .filter(l -> l > 0);
        Optional<Integer> line = startLine.map(l -> statement.isPresent() && position.isPresent()
                ? new SqlStatement(statement.get(), l, true).lineAt(position.get()) : l);
        StepFailure failure = new StepFailure(step, "up", location(step, migrate), line, statement,
                Optional.ofNullable(sql).map(SQLException::getSQLState), message, position, databaseVersion,
                Optional.empty(), Optional.empty());
        return MigrationException.failed(failure, e);
    }

    // A repeatable applied in the same migrate call can be the one that failed: name it, not the step.
    private static String location(MigrationStep step, FlywayMigrateException migrate) {
        MigrationInfo failed = migrate == null ? null : migrate.getMigration();
        if (failed == null || failed.getVersion() != null && Versions.same(failed.getVersion().getVersion(),
                step.version())) {
            return step.location();
        }
        return failed.getScript() + " (repeatable, applied with " + step.label() + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + "\n            Caused by: " + root;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
