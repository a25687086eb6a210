package io.github.migrationtest.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole battery as a test interface: a {@link MigrationTest @MigrationTest} class that implements it gets one
 * dynamic test per step and check, named {@code 0005 add_phone ▸ reversible}, and a report in
 * {@code target/migrationtest/}. That class is a complete CI regression suite for its history:
 *
 * <pre>{@code
 * @MigrationTest(flyway = "classpath:db/migration")
 * class OrderMigrationsTest implements MigrationContract {
 * }
 * }</pre>
 *
 * <p>Checks, for every step: {@code applies}, {@code reversible}, {@code keeps-data}, and {@code idempotent} for
 * the steps that ask for it ({@link MigrationTest#idempotent()} or a {@code -- migrationtest:idempotent} comment).
 * A check that cannot run (keeps-data of a step without a down) is reported as aborted with the reason.
 *
 * @since 0.1
 */
public interface MigrationContract {

    /**
     * The battery's dynamic tests; each step's checks run when its first test runs.
     *
     * @param battery the battery, resolved by {@link MigrationTest}
     */
    @TestFactory
    @DisplayName("migration battery")
    default Stream<DynamicTest> migrationBattery(MigrationBattery battery) {
        return battery.dynamicTests();
    }
}
