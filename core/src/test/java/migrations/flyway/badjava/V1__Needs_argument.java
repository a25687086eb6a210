package migrations.flyway.badjava;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** A Java migration fixture Flyway cannot instantiate: it has no no-argument constructor. */
public class V1__Needs_argument extends BaseJavaMigration {

    private final String table;

    public V1__Needs_argument(String table) {
        this.table = table;
    }

    @Override
    public void migrate(Context context) throws Exception {
        context.getConnection().createStatement().execute("CREATE TABLE " + table + " (id int)");
    }
}
