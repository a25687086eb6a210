package io.github.migrationtest.core.data;

import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.postgres.PostgresServers;
import io.github.migrationtest.core.postgres.ServerSpec;
import io.github.migrationtest.core.postgres.TestDatabase;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A fresh database of a given major, built by a script, that a test fills and then drops. */
final class SynthDatabases implements AutoCloseable {

    private final PostgresServer server;
    final TestDatabase database;

    SynthDatabases(int major, String script) throws SQLException {
        server = PostgresServers.shared().server(ServerSpec.embedded(major));
        database = server.createDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    /** Captures the schema and fills the tables. */
    SynthesisResult fill(RowSynthesizer synthesizer, List<String> tables) throws SQLException {
        try (Connection connection = database.connect()) {
            return synthesizer.fill(connection, SchemaSnapshot.capture(connection), tables);
        }
    }

    /** Each row of the query's result as its columns' text joined by {@code |}, {@code NULL} for null. */
    List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    String value = result.getString(i);
                    row.add(value == null ? "NULL" : value);
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    @Override
    public void close() {
        server.dropDatabase(database.name());
    }
}
