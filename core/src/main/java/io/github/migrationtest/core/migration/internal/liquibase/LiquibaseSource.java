package io.github.migrationtest.core.migration.internal.liquibase;

import io.github.migrationtest.core.migration.MigrationException;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.StepRunner;
import io.github.migrationtest.core.migration.Versions;
import io.github.migrationtest.core.postgres.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;

/**
 * A Liquibase changelog (XML, YAML, JSON or formatted SQL, with includes): one step per changeset that the contexts
 * and labels select, in changelog order, applied and rolled back one at a time by Liquibase itself.
 */
public final class LiquibaseSource implements MigrationSource {

    private final String changelog;
    private final String contexts;
    private final String labels;

    /**
     * @param changelog a file path, or {@code classpath:<file>}
     * @param contexts a Liquibase context filter such as {@code test} or {@code !slow}; empty selects every changeset
     * @param labels a Liquibase label filter such as {@code v1 or v2}; empty selects every changeset
     */
    public LiquibaseSource(String changelog, String contexts, String labels) {
        this.changelog = Objects.requireNonNull(changelog, "changelog");
        this.contexts = Objects.requireNonNullElse(contexts, "").strip();
        this.labels = Objects.requireNonNullElse(labels, "").strip();
    }

    @Override
    public String description() {
        return "Liquibase changelog " + changelog + filters();
    }

    @Override
    public MigrationPlan plan() {
        ChangelogLocation location = ChangelogLocation.of(changelog);
        ResourceAccessor accessor = location.open();
        try {
            return LiquibaseScope.call(accessor, null, () -> plan(location, accessor));
        } catch (MigrationException e) {
            throw e;
        } catch (Exception e) {
            String reason = LiquibaseFailures.reason(e).replaceAll("\\.+$", "");
            throw MigrationException.invalid("Cannot parse the Liquibase changelog `" + changelog + "`: " + reason
                    + ". Fix the changelog (or the file it includes) and run again.", e);
        } finally {
            ChangelogLocation.close(accessor);
        }
    }

    @Override
    public StepRunner open(TestDatabase database, MigrationSettings settings) {
        return new LiquibaseRunner(ChangelogLocation.of(changelog), contexts, labels, database, settings);
    }

    /** The changelog file that holds the changeset. */
    @Override
    public java.util.Optional<String> upText(MigrationStep step) {
        ChangelogLocation location = ChangelogLocation.of(changelog);
        ResourceAccessor accessor = location.open();
        try {
            return ChangelogLocation.text(accessor, LiquibaseRunner.filePath(step));
        } finally {
            ChangelogLocation.close(accessor);
        }
    }

    private MigrationPlan plan(ChangelogLocation location, ResourceAccessor accessor) throws LiquibaseException {
        PostgresDatabase postgres = new PostgresDatabase(); // no connection: only asked what PostgreSQL supports
        ChangeLogParameters parameters = new ChangeLogParameters(postgres);
        parameters.setContexts(new Contexts(contexts));
        parameters.setLabels(new LabelExpression(labels));
        DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(location.path(), accessor)
                .parse(location.path(), parameters, accessor);
        List<ChangeSetFilter> filters = List.of(new ContextChangeSetFilter(new Contexts(contexts)),
                new LabelChangeSetFilter(new LabelExpression(labels)), new DbmsChangeSetFilter(postgres),
                new IgnoreChangeSetFilter());
        List<MigrationStep> steps = new ArrayList<>();
        for (ChangeSet changeSet : log.getChangeSets()) {
            if (filters.stream().allMatch(filter -> filter.accepts(changeSet).isAccepted())) {
                MigrationStep step = ChangesetSteps.toStep(changeSet, postgres);
                for (MigrationStep earlier : steps) {
                    if (Versions.same(earlier.version(), step.version())) {
                        throw MigrationException.invalid("Duplicate changeset id " + step.version() + " in "
                                + description() + ": " + earlier.location() + " and " + step.location() + ". "
                                + "Changeset ids are the step versions here, so they must be unique; rename one.");
                    }
                }
                steps.add(step);
            }
        }
        if (steps.isEmpty()) {
            throw MigrationException.invalid("The Liquibase changelog `" + changelog + "` has no changesets"
                    + (filters().isEmpty() ? "" : " that match" + filters()) + " (" + log.getChangeSets().size()
                    + " in total). Add a changeSet, check the include paths"
                    + (filters().isEmpty() ? "" : ", or the contexts and labels") + ".");
        }
        return new MigrationPlan(description(), steps);
    }

    private String filters() {
        List<String> parts = new ArrayList<>();
        if (!contexts.isEmpty()) {
            parts.add("contexts " + contexts);
        }
        if (!labels.isEmpty()) {
            parts.add("labels " + labels);
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
