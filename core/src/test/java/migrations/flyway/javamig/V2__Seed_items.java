package migrations.flyway.javamig;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** A Java migration fixture: seeds rows that a SQL script could not compute. */
public class V2__Seed_items extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (int i = 1; i <= 3; i++) {
                statement.executeUpdate("INSERT INTO items VALUES (" + i + ", 'item " + i + "')");
            }
        }
    }
}
