package io.github.migrationtest.core.compat.internal;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.FunctionSnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TriggerSnapshot;
import io.github.migrationtest.core.schema.ViewSnapshot;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The compatibility shims the static rules understand: views standing in for tables, triggers filling columns. */
public final class Shims {

    private static final Pattern BEFORE_INSERT = Pattern.compile("\\bBEFORE\\b[^(]*?\\bINSERT\\b.*?\\bON\\b");
    private static final Pattern CALLED = Pattern.compile("EXECUTE (?:FUNCTION|PROCEDURE) ([\\w.\"]+)\\(");

    private Shims() {
    }

    /** The view of the given path in the snapshot: a table renamed or dropped with a view of its old name. */
    public static Optional<ViewSnapshot> view(SchemaSnapshot after, String path) {
        return after.views().stream().filter(v -> v.path().equals(path)).findFirst();
    }

    /** Whether the view's query names the column (as a column or an alias), so it still returns it. */
    public static boolean viewHas(ViewSnapshot view, String column) {
        return Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(column) + "\"?(?![\\w$])")
                .matcher(view.definition()).find();
    }

    /**
     * Whether a BEFORE INSERT row trigger on the column's table calls a function that assigns the column
     * ({@code NEW.column}): old INSERTs omitting it still get a value.
     */
    public static boolean filledByTrigger(SchemaSnapshot after, ColumnSnapshot column) {
        Pattern assigns = Pattern.compile("(?i)\\bNEW\\s*\\.\\s*\"?" + Pattern.quote(column.name()) + "\\b\"?\\s*:?=");
        for (TriggerSnapshot trigger : after.triggers()) {
            if (!trigger.schema().equals(column.schema()) || !trigger.table().equals(column.table())
                    || !BEFORE_INSERT.matcher(trigger.definition()).find()) {
                continue;
            }
            Matcher called = CALLED.matcher(trigger.definition());
            if (!called.find()) {
                continue;
            }
            String function = called.group(1).replace("\"", "");
            String qualified = function.contains(".") ? function : column.schema() + "." + function;
            for (FunctionSnapshot candidate : after.functions()) {
                if ((candidate.schema() + "." + candidate.name()).equals(qualified)
                        && assigns.matcher(candidate.body()).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
