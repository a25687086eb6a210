package io.github.migrationtest.core.schema.internal;

import io.github.migrationtest.core.schema.SchemaObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGStatement;

/**
 * Runs queries as one multi-statement string: the driver sends them together and waits once, where a statement
 * each would pay a round trip each. The batch is prepared on the server from its first run, so that later captures
 * on the same connection skip parsing and planning, which is most of what the catalog queries cost on a small
 * schema; the driver keeps the prepared statements per connection, by text.
 */
final class QueryBatch {

    private QueryBatch() {
    }

    static void run(Connection connection, List<Query> queries, List<SchemaObject> objects) throws SQLException {
        String sql = queries.stream().map(Query::sql).collect(Collectors.joining(";\n"));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(1);
            }
            boolean isResult = statement.execute();
            for (Query query : queries) {
                if (!isResult) {
                    throw new SQLException("a catalog query gave no result set: " + query.sql());
                }
                try (ResultSet rs = statement.getResultSet()) {
                    query.rows().read(rs, objects);
                }
                isResult = statement.getMoreResults();
            }
        }
    }
}
