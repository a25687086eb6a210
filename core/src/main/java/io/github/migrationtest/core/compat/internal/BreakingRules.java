package io.github.migrationtest.core.compat.internal;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.compat.CompatRules;
import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.EnumTypeSnapshot;
import io.github.migrationtest.core.schema.FunctionSnapshot;
import io.github.migrationtest.core.schema.GrantSnapshot;
import io.github.migrationtest.core.schema.ObjectChange;
import io.github.migrationtest.core.schema.PropertyChange;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaObject;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import io.github.migrationtest.core.schema.ViewSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The static breaking-change rules over one step's schema diff; see {@code docs/compat.md} for the list. */
public final class BreakingRules {

    private final SchemaSnapshot before;
    private final SchemaSnapshot after;
    private final SchemaDiff diff;
    private final String step;
    private final List<Finding> findings = new ArrayList<>();
    // objects already reported through their table, function or rename, not to be reported again
    private final Set<String> covered = new HashSet<>();

    private BreakingRules(SchemaSnapshot before, SchemaSnapshot after, String step) {
        this.before = before;
        this.after = after;
        this.diff = SchemaDiff.between(before, after);
        this.step = step;
    }

    /** The findings, tables first, then views, columns, functions, enum types and grants. */
    public static List<Finding> findings(SchemaSnapshot before, SchemaSnapshot after, String step) {
        BreakingRules rules = new BreakingRules(before, after, step);
        rules.tables();
        rules.views();
        rules.removedColumns();
        rules.addedColumns();
        rules.changedColumns();
        rules.functions();
        rules.enums();
        rules.grants();
        return List.copyOf(rules.findings);
    }

    private void tables() {
        for (SchemaObject object : diff.removed()) {
            if (!(object instanceof TableSnapshot table)) {
                continue;
            }
            before.columns().stream().filter(c -> c.tablePath().equals(table.path()))
                    .forEach(c -> covered.add(c.path()));
            Optional<ViewSnapshot> shim = Shims.view(after, table.path());
            if (shim.isPresent()) {
                for (ColumnSnapshot column : before.columns()) {
                    if (column.tablePath().equals(table.path()) && !Shims.viewHas(shim.get(), column.name())) {
                        add(CompatRules.COLUMN_DROPPED, "column " + path(column) + " is not returned by the view "
                                + path(table) + " that stands in for the table: old queries naming it fail. Add "
                                + "the column to the view, and drop it once no released version uses it.");
                    }
                }
                continue;
            }
            Optional<TableSnapshot> renamed = DiffFacts.renamedTo(table, diff.removed(), diff.added());
            if (renamed.isPresent()) {
                add(CompatRules.TABLE_RENAMED, "table " + path(table) + " was renamed to " + path(renamed.get())
                        + ": old queries naming " + table.name() + " fail. Keep a view of the old name in the same "
                        + "step (CREATE VIEW " + table.name() + " AS SELECT * FROM " + renamed.get().name()
                        + "), and drop it once no released version uses it.");
            } else {
                add(CompatRules.TABLE_DROPPED, "table " + path(table) + " was dropped: old queries naming it fail. "
                        + "Stop using it in one release, and drop it in a later one (expand/contract).");
            }
        }
    }

    private void views() {
        for (SchemaObject object : diff.removed()) {
            if (object instanceof ViewSnapshot view && after.find(
                    io.github.migrationtest.core.schema.ObjectKind.TABLE, view.path()).isEmpty()) {
                add(CompatRules.VIEW_DROPPED, view.kind() + " " + path(view) + " was dropped: old queries naming "
                        + "it fail. Stop using it in one release, and drop it in a later one (expand/contract).");
            }
        }
    }

    private void removedColumns() {
        for (SchemaObject object : diff.removed()) {
            if (!(object instanceof ColumnSnapshot column) || covered.contains(column.path())) {
                continue;
            }
            Optional<ColumnSnapshot> renamed = DiffFacts.renamedTo(column, diff.added());
            if (renamed.isPresent()) {
                covered.add(renamed.get().path());
                add(CompatRules.COLUMN_RENAMED, "column " + path(column) + " was renamed to " + renamed.get().name()
                        + ": old queries naming " + column.name() + " fail. Add the new column instead, keep both "
                        + "in sync with a trigger while old versions run, and drop the old one later.");
            } else {
                add(CompatRules.COLUMN_DROPPED, "column " + path(column) + " was dropped: old queries naming it "
                        + "fail. Stop using it in one release (expand/contract), and drop it in a later one.");
            }
        }
    }

    private void addedColumns() {
        for (SchemaObject object : diff.added()) {
            if (object instanceof ColumnSnapshot column && !covered.contains(column.path())
                    && before.find(io.github.migrationtest.core.schema.ObjectKind.TABLE, column.tablePath())
                            .isPresent()
                    && requiresValue(column)) {
                add(CompatRules.NOT_NULL_WITHOUT_DEFAULT, "column " + path(column) + " was added NOT NULL without "
                        + "a default: old INSERTs that do not set it fail (23502). Add it with a DEFAULT, or "
                        + "nullable and backfilled, and set NOT NULL once no released version omits it.");
            }
        }
    }

    private void changedColumns() {
        for (ObjectChange change : diff.changed()) {
            if (!(change.before() instanceof ColumnSnapshot old) || !(change.after() instanceof ColumnSnapshot now)) {
                continue;
            }
            for (PropertyChange property : change.changes()) {
                switch (property.name()) {
                    case "not null" -> {
                        if (now.notNull() && requiresValue(now)) {
                            add(CompatRules.NOT_NULL_WITHOUT_DEFAULT, "column " + path(now) + " became NOT NULL "
                                    + "without a default: old INSERTs that do not set it fail (23502). Add a "
                                    + "DEFAULT first, or wait until no released version omits it.");
                        }
                    }
                    case "default" -> {
                        if (now.notNull() && old.notNull() && requiresValue(now)) {
                            add(CompatRules.DEFAULT_DROPPED, "column " + path(now) + " lost its default "
                                    + old.defaultExpression().orElse("") + " while NOT NULL: old INSERTs that do not "
                                    + "set it fail (23502). Keep the default until no released version omits it.");
                        }
                    }
                    case "type" -> {
                        if (!TypeWidening.isWidening(old.type(), now.type())) {
                            add(CompatRules.TYPE_NARROWED, "column " + path(now) + " changed type from " + old.type()
                                    + " to " + now.type() + ", which is not a known widening: old queries writing, "
                                    + "comparing or reading it with the old type may fail. Add a new column of the "
                                    + "new type, keep both in sync while old versions run, then drop the old one.");
                        }
                    }
                    default -> {
                        // position, identity, collation and generation do not break old statements
                    }
                }
            }
        }
    }

    private boolean requiresValue(ColumnSnapshot column) {
        return column.notNull() && column.defaultExpression().isEmpty()
                && column.identity() == ColumnSnapshot.Identity.NONE && column.generated().isEmpty()
                && !Shims.filledByTrigger(after, column);
    }

    private void functions() {
        for (SchemaObject object : diff.removed()) {
            if (!(object instanceof FunctionSnapshot function)
                    || function.result().filter(r -> r.equals("trigger") || r.equals("event_trigger")).isPresent()) {
                continue;
            }
            List<String> replacements = diff.added().stream().filter(FunctionSnapshot.class::isInstance)
                    .map(FunctionSnapshot.class::cast)
                    .filter(f -> f.schema().equals(function.schema()) && f.name().equals(function.name()))
                    .map(f -> path(f)).toList();
            if (replacements.isEmpty()) {
                add(CompatRules.FUNCTION_DROPPED, function.type() + " " + path(function) + " was dropped: old "
                        + "calls fail (42883). Stop calling it in one release, and drop it in a later one.");
            } else {
                add(CompatRules.FUNCTION_SIGNATURE_CHANGED, function.type() + " " + path(function) + " became "
                        + String.join(", ", replacements) + ": old calls with the old argument types fail (42883). "
                        + "Add the new signature as an overload, and drop the old one once nobody calls it.");
            }
        }
        for (ObjectChange change : diff.changed()) {
            if (change.after() instanceof FunctionSnapshot function
                    && change.changes().stream().anyMatch(p -> p.name().equals("result"))) {
                add(CompatRules.FUNCTION_SIGNATURE_CHANGED, function.type() + " " + path(function) + " changed its "
                        + "result: old callers read a different shape. Add a new function with the new result, "
                        + "and drop the old one once nobody calls it.");
            }
        }
    }

    private void enums() {
        for (ObjectChange change : diff.changed()) {
            if (change.before() instanceof EnumTypeSnapshot old && change.after() instanceof EnumTypeSnapshot now) {
                for (String label : old.labels()) {
                    if (!now.labels().contains(label)) {
                        add(CompatRules.ENUM_LABEL_REMOVED, "enum type " + path(now) + " lost its label '" + label
                                + "': old statements writing or comparing it fail (22P02). Keep the label until no "
                                + "released version uses it; add the new label alongside.");
                    }
                }
            }
        }
    }

    private void grants() {
        for (SchemaObject object : diff.removed()) {
            if (object instanceof GrantSnapshot grant && stillExists(grant.object())) {
                revoked(grant, grant.privileges());
            }
        }
        for (ObjectChange change : diff.changed()) {
            if (change.before() instanceof GrantSnapshot old && change.after() instanceof GrantSnapshot now) {
                revoked(now, old.privileges().stream().filter(p -> !now.privileges().contains(p)).toList());
            }
        }
    }

    private boolean stillExists(String path) {
        return after.objects().stream().anyMatch(o -> o.path().equals(path) && !(o instanceof GrantSnapshot));
    }

    private void revoked(GrantSnapshot grant, List<String> lost) {
        if (!lost.isEmpty()) {
            add(CompatRules.GRANT_REVOKED, String.join(", ", lost) + " on " + grant.on() + " "
                    + DiffFacts.shortPath(grant.object()) + " was revoked from " + grant.grantee() + ": old "
                    + "statements run as that role fail (42501). Grant the new privileges first, and revoke the old "
                    + "ones once no released version needs them.");
        }
    }

    private static String path(SchemaObject object) {
        return DiffFacts.shortPath(object.path());
    }

    private void add(String rule, String message) {
        findings.add(Finding.of(Category.COMPAT, rule, Severity.ERROR, step, message));
    }
}
