package io.github.migrationtest.core.compat.internal;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.ConstraintSnapshot;
import io.github.migrationtest.core.schema.EnumTypeSnapshot;
import io.github.migrationtest.core.schema.FunctionSnapshot;
import io.github.migrationtest.core.schema.GrantSnapshot;
import io.github.migrationtest.core.schema.IndexSnapshot;
import io.github.migrationtest.core.schema.ObjectChange;
import io.github.migrationtest.core.schema.PropertyChange;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaObject;
import io.github.migrationtest.core.schema.TableSnapshot;
import io.github.migrationtest.core.schema.ViewSnapshot;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Explains a replay failure with the step's schema diff: which removed or changed object the error names. */
public final class FailureExplainer {

    private static final Pattern MISSING_COLUMN = Pattern.compile(
            "column \"?(?:[\\w]+\\.)?(\\w+)\"?(?: of relation \"(\\w+)\")? does not exist");
    private static final Pattern MISSING_RELATION = Pattern.compile("relation \"(?:\\w+\\.)?(\\w+)\" does not exist");
    private static final Pattern MISSING_FUNCTION = Pattern.compile("function (?:\\w+\\.)?(\\w+)\\(");
    private static final Pattern NOT_NULL = Pattern.compile("null value in column \"(\\w+)\"");
    private static final Pattern PERMISSION = Pattern.compile("permission denied for (?:\\w+ )?(\\w+)");
    private static final Pattern ENUM = Pattern.compile("invalid input value for enum (?:\\w+\\.)?(\\w+): \"([^\"]*)\"");
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"(\\w+)\"");

    private FailureExplainer() {
    }

    /** A sentence naming the step's change behind the failure, or empty when the diff shows none. */
    public static Optional<String> explain(SQLException error, SchemaDiff diff, String step) {
        String message = String.valueOf(error.getMessage());
        String state = String.valueOf(error.getSQLState());
        List<String> reasons = new ArrayList<>();
        Matcher m;
        if ((m = MISSING_COLUMN.matcher(message)).find()) {
            String column = m.group(1);
            String table = m.group(2);
            for (SchemaObject object : diff.removed()) {
                if (object instanceof ColumnSnapshot removed && removed.name().equals(column)
                        && (table == null || removed.table().equals(table))) {
                    reasons.add("column " + DiffFacts.shortPath(removed.path()) + " no longer exists: removed"
                            + DiffFacts.renamedTo(removed, diff.added()).map(c -> " (perhaps renamed to "
                                    + c.name() + ")").orElse("") + " in " + step);
                }
            }
        } else if ((m = MISSING_RELATION.matcher(message)).find()) {
            String relation = m.group(1);
            for (SchemaObject object : diff.removed()) {
                if (object instanceof TableSnapshot removed && removed.name().equals(relation)) {
                    reasons.add("table " + DiffFacts.shortPath(removed.path()) + " no longer exists: removed"
                            + DiffFacts.renamedTo(removed, diff.removed(), diff.added())
                                    .map(t -> " (perhaps renamed to " + t.name() + ")").orElse("") + " in " + step);
                } else if (object instanceof ViewSnapshot removed && removed.name().equals(relation)) {
                    reasons.add("view " + DiffFacts.shortPath(removed.path()) + " no longer exists: removed in "
                            + step);
                }
            }
        } else if (state.equals("42883") && (m = MISSING_FUNCTION.matcher(message)).find()) {
            functions(m.group(1), diff, step, reasons);
        }
        if (state.equals("42883") || state.equals("42804")) {
            typeChanges(diff, step, reasons);
        }
        if (state.equals("23502") && (m = NOT_NULL.matcher(message)).find()) {
            notNull(m.group(1), diff, step, reasons);
        }
        if (state.equals("42501")) {
            privileges(message, diff, step, reasons);
        }
        if ((m = ENUM.matcher(message)).find()) {
            String type = m.group(1);
            String label = m.group(2);
            diff.changed().stream().filter(c -> c.after() instanceof EnumTypeSnapshot e && e.name().equals(type))
                    .forEach(c -> reasons.add("label " + label + " was removed from enum "
                            + DiffFacts.shortPath(c.path()) + " in " + step));
        }
        if (state.startsWith("23") && (m = CONSTRAINT.matcher(message)).find()) {
            String name = m.group(1);
            // a unique constraint comes with its index of the same name: name the constraint only
            diff.added().stream().filter(o -> o instanceof ConstraintSnapshot && o.path().endsWith("." + name))
                    .findFirst()
                    .or(() -> diff.added().stream()
                            .filter(o -> o instanceof IndexSnapshot && o.path().endsWith("." + name)).findFirst())
                    .ifPresent(o -> reasons.add(o.kind() + " " + DiffFacts.shortPath(o.path()) + " was added in "
                            + step));
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static void functions(String name, SchemaDiff diff, String step, List<String> reasons) {
        List<FunctionSnapshot> added = diff.added().stream().filter(FunctionSnapshot.class::isInstance)
                .map(FunctionSnapshot.class::cast).filter(f -> f.name().equals(name)).toList();
        for (SchemaObject object : diff.removed()) {
            if (object instanceof FunctionSnapshot removed && removed.name().equals(name)) {
                reasons.add("function " + DiffFacts.shortPath(removed.path()) + " no longer exists: "
                        + (added.isEmpty() ? "removed" : "its signature changed to "
                                + DiffFacts.shortPath(added.get(0).path())) + " in " + step);
            }
        }
    }

    private static void typeChanges(SchemaDiff diff, String step, List<String> reasons) {
        for (ObjectChange change : diff.changed()) {
            if (change.after() instanceof ColumnSnapshot column) {
                for (PropertyChange property : change.changes()) {
                    if (property.name().equals("type")) {
                        reasons.add("column " + DiffFacts.shortPath(column.path()) + " changed type from "
                                + property.before() + " to " + property.after() + " in " + step);
                    }
                }
            }
        }
    }

    private static void notNull(String columnName, SchemaDiff diff, String step, List<String> reasons) {
        for (SchemaObject object : diff.added()) {
            if (object instanceof ColumnSnapshot column && column.name().equals(columnName) && column.notNull()
                    && column.defaultExpression().isEmpty()) {
                reasons.add("column " + DiffFacts.shortPath(column.path()) + " was added NOT NULL without a "
                        + "default in " + step + ", and the old statement does not set it");
            }
        }
        for (ObjectChange change : diff.changed()) {
            if (change.after() instanceof ColumnSnapshot column && column.name().equals(columnName)) {
                for (PropertyChange property : change.changes()) {
                    if (property.name().equals("not null")) {
                        reasons.add("column " + DiffFacts.shortPath(column.path()) + " became NOT NULL in " + step);
                    } else if (property.name().equals("default") && column.defaultExpression().isEmpty()) {
                        reasons.add("column " + DiffFacts.shortPath(column.path()) + " lost its default "
                                + property.before().toString().replaceAll("^Optional\\[(.*)]$", "$1") + " in "
                                + step);
                    }
                }
            }
        }
    }

    private static void privileges(String message, SchemaDiff diff, String step, List<String> reasons) {
        Matcher m = PERMISSION.matcher(message);
        String object = m.find() ? m.group(1) : null;
        for (SchemaObject removed : diff.removed()) {
            if (removed instanceof GrantSnapshot grant && (object == null || grant.object().endsWith("." + object))) {
                reasons.add(String.join(", ", grant.privileges()) + " on " + DiffFacts.shortPath(grant.object())
                        + " was revoked from " + grant.grantee() + " in " + step);
            }
        }
        for (ObjectChange change : diff.changed()) {
            if (change.before() instanceof GrantSnapshot before && change.after() instanceof GrantSnapshot after
                    && (object == null || after.object().endsWith("." + object))) {
                List<String> lost = before.privileges().stream().filter(p -> !after.privileges().contains(p))
                        .toList();
                if (!lost.isEmpty()) {
                    reasons.add(String.join(", ", lost) + " on " + DiffFacts.shortPath(after.object())
                            + " was revoked from " + after.grantee() + " in " + step);
                }
            }
            if (change.after() instanceof TableSnapshot table && change.changes().stream()
                    .anyMatch(p -> p.name().equals("row security") && Boolean.TRUE.equals(p.after()))) {
                reasons.add("row-level security was enabled on " + DiffFacts.shortPath(table.path()) + " in " + step);
            }
        }
    }
}
