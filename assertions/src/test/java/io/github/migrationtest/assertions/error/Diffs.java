package io.github.migrationtest.assertions.error;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.ObjectChange;
import io.github.migrationtest.core.schema.PropertyChange;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.util.List;
import java.util.Optional;

/** A fixed diff for the message tests, built from core's public records (message tests need no database). */
final class Diffs {

    private Diffs() {
    }

    static SchemaDiff sample() {
        TableSnapshot notes = new TableSnapshot("public", "notes", TableSnapshot.Type.ORDINARY,
                TableSnapshot.Persistence.PERMANENT, false, false, "postgres");
        ColumnSnapshot before = column("character varying(255)");
        ColumnSnapshot after = column("text");
        return new SchemaDiff(List.of(), List.of(notes), List.of(new ObjectChange(before, after,
                List.of(new PropertyChange("type", "character varying(255)", "text")))));
    }

    private static ColumnSnapshot column(String type) {
        return new ColumnSnapshot("public", "users", "email", 2, type, false, Optional.empty(),
                ColumnSnapshot.Identity.NONE, Optional.empty(), Optional.empty());
    }
}
