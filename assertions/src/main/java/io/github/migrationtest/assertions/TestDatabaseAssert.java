package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldHaveTable.shouldHaveTable;
import static io.github.migrationtest.assertions.error.ShouldRunPostgres.shouldRunPostgres;

import io.github.migrationtest.core.postgres.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link TestDatabase}, each answered by a query on the live database.
 *
 * @since 0.1
 */
public class TestDatabaseAssert extends AbstractAssert<TestDatabaseAssert, TestDatabase> {

    public TestDatabaseAssert(TestDatabase actual) {
        super(actual, TestDatabaseAssert.class);
    }

    /**
     * Verifies that the server runs this PostgreSQL major.
     *
     * <p>Assertion succeeds: {@code assertThat(database).runsPostgres(17)} on a 17.6 server. Fails: on 16.4.
     *
     * @param major the expected major version
     * @return this assertion object
     */
    public TestDatabaseAssert runsPostgres(int major) {
        isNotNull();
        String version = query("SELECT current_setting('server_version')").get(0);
        if (!version.equals(Integer.toString(major)) && !version.startsWith(major + ".")) {
            throwAssertionError(shouldRunPostgres(version, major));
        }
        return myself;
    }

    /**
     * Verifies that a table exists, named {@code table} (in {@code public}) or {@code schema.table}.
     *
     * @param name the table's name, optionally qualified
     * @return this assertion object
     */
    public TestDatabaseAssert hasTable(String name) {
        isNotNull();
        String qualified = name.contains(".") ? name : "public." + name;
        List<String> tables = query("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");
        if (!tables.contains(qualified)) {
            throwAssertionError(shouldHaveTable(qualified, tables));
        }
        return myself;
    }

    private List<String> query(String sql) {
        try (Connection connection = actual.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("could not query " + actual.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

}
