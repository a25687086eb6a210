package io.github.migrationtest.core.lock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the tracer reads from statement text. */
class StatementsTests {

    @Test
    void recognisesTheWaysToSetLockTimeout() {
        assertThat(Statements.timeoutChange("SET lock_timeout = '1s'"))
                .contains(new Statements.TimeoutChange(true, false));
        assertThat(Statements.timeoutChange("set local lock_timeout to 500;"))
                .contains(new Statements.TimeoutChange(true, true));
        assertThat(Statements.timeoutChange("SET lock_timeout = 0")).contains(new Statements.TimeoutChange(false,
                false));
        assertThat(Statements.timeoutChange("SET lock_timeout TO DEFAULT"))
                .contains(new Statements.TimeoutChange(false, false));
        assertThat(Statements.timeoutChange("RESET lock_timeout")).contains(new Statements.TimeoutChange(false,
                false));
        assertThat(Statements.timeoutChange("SELECT set_config('lock_timeout', '2s', true)"))
                .contains(new Statements.TimeoutChange(true, true));
        assertThat(Statements.timeoutChange("SET statement_timeout = '5s'")).isEmpty();
    }

    @Test
    void theToolsBookkeepingIsWhatNamesAHistoryTableOrIsAReadNotInTheStepFile() {
        assertThat(Statements.bookkeeping("INSERT INTO flyway_schema_history VALUES (1)", true)).isTrue();
        assertThat(Statements.bookkeeping("UPDATE public.DATABASECHANGELOGLOCK SET locked = true", false)).isTrue();
        assertThat(Statements.bookkeeping("SELECT pg_try_advisory_lock(1)", false)).isTrue();
        assertThat(Statements.bookkeeping("SELECT count(*) FROM t", true)).isFalse();
        assertThat(Statements.bookkeeping("CREATE INDEX i ON t (a)", false)).isFalse();
    }

    @Test
    void findsAStatementsLineWhateverTheToolDidToItsWhitespace() {
        StatementLocator locator = new StatementLocator(Optional.of(
                "-- header\nSET lock_timeout = '1s';\n\nALTER TABLE t\n    ADD COLUMN x int;\nALTER TABLE t\n"
                        + "    ADD COLUMN x int;\n"));

        assertThat(locator.line("SET lock_timeout = '1s'")).contains(2);
        assertThat(locator.line("ALTER TABLE t ADD COLUMN x int")).contains(4);
        assertThat(locator.line("ALTER TABLE t\n ADD COLUMN x int;")).contains(6);
        assertThat(locator.line("DROP TABLE t")).isEmpty();
    }
}
