package io.github.migrationtest.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Every misconfigured battery attribute or parameter fails with a message naming it and the fix. */
class BatteryConfigurationErrorTests {

    @MigrationTest(sql = MigrationContractTests.CLEAN, irreversible = "3")
    static class NoReasonTestCase implements MigrationContract {
    }

    @Test
    void anIrreversibleStepNeedsAReason() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(NoReasonTestCase.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@MigrationTest(irreversible = \"3\") on " + NoReasonTestCase.class.getName() + ": each "
                        + "entry is \"<version>: <reason>\", the reason saying why it cannot be undone, e.g. "
                        + "irreversible = \"3: <reason>\".");
    }

    @MigrationTest(sql = MigrationContractTests.CLEAN, dataLossy = "42: typo", idempotent = "7")
    static class UnknownVersionTestCase implements MigrationContract {
    }

    @Test
    void aDeclaredVersionMustBeInTheHistory() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(UnknownVersionTestCase.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@MigrationTest on " + UnknownVersionTestCase.class.getName() + ": dataLossy names "
                        + "version 42; idempotent names version 7, which are not in plain SQL folder "
                        + "../core/src/test/resources/battery/sql/clean. Its versions: [0001, 0002, 0003, 0004, 0005, "
                        + "0006].");
    }

    @MigrationTest(sql = MigrationContractTests.CLEAN, fixtures = "src/test/resources/no-such-fixtures")
    static class MissingFixturesTestCase implements MigrationContract {
    }

    @Test
    void aMissingFixturesFolder() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(MissingFixturesTestCase.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("@MigrationTest(fixtures = \"src/test/resources/no-such-fixtures\") on "
                        + MissingFixturesTestCase.class.getName() + ": no folder ")
                .hasMessageContaining("no-such-fixtures. Create it, or give a path relative to ");
    }

    @MigrationTest(sql = MigrationContractTests.CLEAN, fixtures = "classpath:fixtures/misnamed")
    static class MisnamedFixtureTestCase implements MigrationContract {
    }

    @Test
    void aFixtureFileNotNamedAfterAVersion() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(MisnamedFixtureTestCase.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@MigrationTest(fixtures = \"classpath:fixtures/misnamed\") on " + MisnamedFixtureTestCase.class.getName() + ": `users.sql` is not named after a version. Name fixture files <version>.sql, "
                        + "<version>_<name>.sql or V<version>__<name>.sql, e.g. 0003_customers.sql.");
    }

    @MigrationTest(sql = MigrationContractTests.CLEAN)
    static class BadFixtureMethodTestCase implements MigrationContract {

        @MigrationFixture("1")
        void users(Connection connection, String extra) {
        }
    }

    @Test
    void aFixtureMethodTakesOneConnection() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(BadFixtureMethodTestCase.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@MigrationFixture method " + BadFixtureMethodTestCase.class.getName() + ".users must "
                        + "take exactly one java.sql.Connection, e.g. void users(Connection connection) throws "
                        + "SQLException.");
    }

    @MigrationTest(sql = MigrationContractTests.CLEAN)
    static class NoDownParameterTestCase implements MigrationContract {
    }

    @Test
    void anUnknownNoDownPolicy() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(NoDownParameterTestCase.class,
                MigrationTestConfig.NO_DOWN, "ignore")))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Configuration parameter `migrationtest.no-down` = \"ignore\" is not a policy. Use fail "
                        + "or warn. Set it as a system property (-Dmigrationtest.no-down=...) or in "
                        + "junit-platform.properties.");
    }

    @MigrationTest(sql = MigrationContractTests.CLEAN, rowsPerTable = -5)
    static class NegativeRowsTestCase implements MigrationContract {
    }

    @Test
    void aNegativeRowCount() {
        assertThat(EngineRuns.singleFailure(EngineRuns.run(NegativeRowsTestCase.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@MigrationTest(rowsPerTable = -5) on " + NegativeRowsTestCase.class.getName() + ": use "
                        + "0 or more (0 turns the row synthesis off), or leave it out for the default of 3.");
    }
}
