package com.example.plainsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.migration.Migrator;
import io.github.migrationtest.junit.MigrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What the history builds, checked at the versions where it matters. */
@MigrationTest(sql = "classpath:db/migrations")
class OrdersBehaviourTest {

    @Test
    void theTriggerKeepsUpdatedAtCurrentAndTheViewAddsUpOrders(Migrator migrator, Connection connection)
            throws SQLException {
        migrator.migrateAll();
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO customers (email) VALUES ('ada@example.com')");
            statement.execute("INSERT INTO orders (customer_id, total_cents, updated_at) "
                    + "VALUES (1, 1200, '2000-01-01'), (1, 300, '2000-01-01')");
            statement.execute("UPDATE orders SET status = 'paid' WHERE id = 1");
            assertThat(single(statement, "SELECT count(*) FROM orders WHERE updated_at > '2000-01-01'"))
                    .isEqualTo("1");
            assertThat(single(statement, "SELECT total_cents FROM customer_order_totals")).isEqualTo("1500");
        }
        System.out.println("[checked] trigger orders_touch_updated_at and view customer_order_totals");
    }

    @Test
    void refundedExistsOnlyFromStepTenAndItsDownRemovesIt(Migrator migrator, Connection connection)
            throws SQLException {
        migrator.migrateTo("9");
        try (Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("SELECT 'refunded'::order_status"))
                    .hasMessageContaining("invalid input value for enum order_status");
        }
        migrator.migrateTo("10");
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO customers (email) VALUES ('bob@example.com')");
            statement.execute("INSERT INTO orders (customer_id, total_cents) VALUES (1, 100)");
        }
        migrator.down(migrator.step("10"));
        try (Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum "
                    + "WHERE enumtypid = 'order_status'::regtype")).isEqualTo("pending,paid,shipped");
            assertThat(single(statement, "SELECT status FROM orders")).isEqualTo("pending");
        }
        System.out.println("[checked] enum value refunded: added by 0010, removed by its down, rows kept");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
