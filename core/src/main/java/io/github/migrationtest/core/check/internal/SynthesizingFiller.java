package io.github.migrationtest.core.check.internal;

import io.github.migrationtest.core.data.RowSynthesizer;
import io.github.migrationtest.core.data.SynthesisResult;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/** Fills empty tables with {@link RowSynthesizer}. */
final class SynthesizingFiller implements RowFiller {

    static final SynthesizingFiller INSTANCE = new SynthesizingFiller();

    private SynthesizingFiller() {
    }

    @Override
    public Map<String, String> fill(Connection connection, SchemaSnapshot snapshot, Set<String> tables,
            int rowsPerTable) {
        try {
            SynthesisResult result = RowSynthesizer.rowsPerTable(rowsPerTable).fill(connection, snapshot, tables);
            return result.unfillable();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write synthesized rows: " + e.getMessage(), e);
        }
    }
}
