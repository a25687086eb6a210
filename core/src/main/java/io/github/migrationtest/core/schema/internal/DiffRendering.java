package io.github.migrationtest.core.schema.internal;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.CommentSnapshot;
import io.github.migrationtest.core.schema.CompositeTypeSnapshot;
import io.github.migrationtest.core.schema.ConstraintSnapshot;
import io.github.migrationtest.core.schema.DomainSnapshot;
import io.github.migrationtest.core.schema.DefaultPrivilegeSnapshot;
import io.github.migrationtest.core.schema.EnumTypeSnapshot;
import io.github.migrationtest.core.schema.ExtensionSnapshot;
import io.github.migrationtest.core.schema.FunctionSnapshot;
import io.github.migrationtest.core.schema.GrantSnapshot;
import io.github.migrationtest.core.schema.IndexSnapshot;
import io.github.migrationtest.core.schema.ObjectChange;
import io.github.migrationtest.core.schema.ObjectKind;
import io.github.migrationtest.core.schema.PolicySnapshot;
import io.github.migrationtest.core.schema.PropertyChange;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaObject;
import io.github.migrationtest.core.schema.SequenceSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import io.github.migrationtest.core.schema.TriggerSnapshot;
import io.github.migrationtest.core.schema.ViewSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders a {@link SchemaDiff} as lines, one per change, each prefixed by the object's path. */
public final class DiffRendering {

    private DiffRendering() {
    }

    /**
     * The diff's lines, sorted by path so that a table's columns and constraints follow the table; for one path,
     * removals come before additions and changes.
     *
     * @param diff the diff
     * @return the lines
     */
    public static List<String> lines(SchemaDiff diff) {
        List<Line> lines = new ArrayList<>();
        for (SchemaObject object : diff.removed()) {
            lines.add(new Line(object.path(), object.kind(), 0, "- " + headline(object)));
        }
        for (SchemaObject object : diff.added()) {
            lines.add(new Line(object.path(), object.kind(), 1, "+ " + headline(object)));
        }
        for (ObjectChange change : diff.changed()) {
            for (PropertyChange property : change.changes()) {
                lines.add(new Line(change.path(), change.kind(), 2, change.path() + ": " + property.name() + " "
                        + value(property.before()) + " → " + value(property.after())));
            }
        }
        // The sort is stable, so a changed object's properties keep their order.
        return lines.stream().sorted(Comparator.comparing(Line::path).thenComparingInt(Line::order)
                .thenComparing(Line::kind)).map(Line::text).toList();
    }

    private static String headline(SchemaObject object) {
        String summary = summary(object);
        String head = object.kind().label() + " " + object.path();
        return summary.isEmpty() ? head : head + ": " + oneLine(summary);
    }

    private static String summary(SchemaObject object) {
        if (object instanceof ColumnSnapshot column) {
            StringBuilder text = new StringBuilder(column.type());
            column.collation().ifPresent(c -> text.append(" collate ").append(c));
            if (column.notNull()) {
                text.append(" not null");
            }
            column.defaultExpression().ifPresent(d -> text.append(" default ").append(d));
            if (column.identity() != ColumnSnapshot.Identity.NONE) {
                text.append(" identity ").append(column.identity());
            }
            column.generated().ifPresent(g -> text.append(" generated ").append(g));
            return text.toString();
        }
        if (object instanceof TableSnapshot table) {
            // Only partitioning is summed up: for other tables the kind and path say enough.
            String key = table.partitionKey().map(k -> "partition by " + k).orElse("");
            String of = table.partitionOf().map(p -> "partition of " + p
                    + table.partitionBound().map(b -> " " + b).orElse("")).orElse("");
            return key.isEmpty() || of.isEmpty() ? of + key : of + ", " + key;
        }
        if (object instanceof ConstraintSnapshot constraint) {
            return constraint.definition();
        }
        if (object instanceof IndexSnapshot index) {
            return index.definition();
        }
        if (object instanceof SequenceSnapshot sequence) {
            return sequence.type() + sequence.ownedBy().map(o -> " owned by " + o).orElse("");
        }
        if (object instanceof ViewSnapshot view) {
            return view.definition();
        }
        if (object instanceof EnumTypeSnapshot type) {
            return value(type.labels());
        }
        if (object instanceof FunctionSnapshot function) {
            // A plain function goes without saying; procedures, aggregates and window functions say what they are.
            String kind = function.type() == FunctionSnapshot.Type.FUNCTION ? "" : function.type() + " ";
            return kind + function.result().map(r -> "returns " + r + " ").orElse("") + "language "
                    + function.language();
        }
        if (object instanceof TriggerSnapshot trigger) {
            return trigger.definition()
                    + (trigger.state() == TriggerSnapshot.State.ENABLED ? "" : " (" + trigger.state() + ")");
        }
        if (object instanceof PolicySnapshot policy) {
            // In CREATE POLICY's own words, so the line reads like the statement that makes the policy.
            return "AS " + (policy.permissive() ? "PERMISSIVE" : "RESTRICTIVE") + " FOR " + policy.command() + " TO "
                    + String.join(", ", policy.roles()) + policy.using().map(u -> " USING " + u).orElse("")
                    + policy.withCheck().map(c -> " WITH CHECK " + c).orElse("");
        }
        if (object instanceof GrantSnapshot grant) {
            return privileges(grant.privileges(), grant.grantable()) + " on " + grant.on();
        }
        if (object instanceof DefaultPrivilegeSnapshot defaults) {
            return privileges(defaults.privileges(), defaults.grantable());
        }
        if (object instanceof ExtensionSnapshot extension) {
            return extension.version() + " in " + extension.schema();
        }
        if (object instanceof DomainSnapshot domain) {
            // Like a column: the type, then what the domain adds to it.
            StringBuilder text = new StringBuilder(domain.type());
            if (domain.notNull()) {
                text.append(" not null");
            }
            domain.defaultExpression().ifPresent(d -> text.append(" default ").append(d));
            domain.constraints().forEach(c -> text.append(" constraint ").append(c));
            return text.toString();
        }
        if (object instanceof CompositeTypeSnapshot type) {
            return "(" + String.join(", ", type.attributes()) + ")";
        }
        if (object instanceof CommentSnapshot comment) {
            return comment.text();
        }
        return "";
    }

    private static String privileges(List<String> privileges, List<String> grantable) {
        return privileges.stream().map(p -> grantable.contains(p) ? p + " WITH GRANT OPTION" : p)
                .collect(Collectors.joining(", "));
    }

    private static String value(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(DiffRendering::value).orElse("(none)");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ", "(", ")"));
        }
        return oneLine(String.valueOf(value));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private record Line(String path, ObjectKind kind, int order, String text) {
    }
}
