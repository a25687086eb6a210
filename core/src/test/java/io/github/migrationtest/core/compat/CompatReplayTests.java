package io.github.migrationtest.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replay and static detection over the compat history, step by step, on PostgreSQL 13 and 18. */
class CompatReplayTests {

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void replayFindsTheBreakingStepsQueriesAndPassesTheExpandSteps(int major) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("0002", List.of("query-fails-to-prepare find_user"));
        expected.put("0003", List.of("query-fails-to-prepare list_notes"));
        expected.put("0004", List.of("query-fails add_order"));
        expected.put("0005", List.of("query-fails-to-prepare order_total"));
        expected.put("0006", List.of("query-fails-to-prepare find_account"));
        expected.put("0007", List.of("query-fails log_event"));
        expected.put("0008", List.of("query-fails add_tag"));
        expected.put("0009", List.of("query-fails-to-prepare indifferent_people"));
        expected.put("0010", List.of());
        expected.put("0011", List.of());
        expected.put("0012", List.of());
        expected.put("0013", List.of("result-shape-changed read_counter"));

        Map<String, List<String>> actual = new LinkedHashMap<>();
        CompatWalk.results(major).forEach((step, result) -> actual.put(step,
                CompatWalk.ruleAndQuery(result.replayed())));

        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(CompatWalk.results(major).values()).flatMap(CompatWalk.Result::replayed)
                .allSatisfy(f -> assertThat(f.category()).isEqualTo(Category.COMPAT))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void staticDetectionFlagsTheBreakingStepsAndNotTheShims(int major) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("0002", List.of("column-renamed"));
        expected.put("0003", List.of("column-dropped"));
        expected.put("0004", List.of("not-null-without-default"));
        expected.put("0005", List.of("function-signature-changed"));
        expected.put("0006", List.of("type-narrowed"));
        expected.put("0007", List.of("grant-revoked"));
        expected.put("0008", List.of()); // data-dependent: only the replay sees the duplicate
        expected.put("0009", List.of("enum-label-removed"));
        expected.put("0010", List.of());
        expected.put("0011", List.of()); // the view of the old name stands in for the renamed table
        expected.put("0012", List.of()); // the BEFORE INSERT trigger fills the new NOT NULL column
        expected.put("0013", List.of()); // integer to bigint is a widening; only the result shape changes

        Map<String, List<String>> actual = new LinkedHashMap<>();
        CompatWalk.results(major).forEach((step, result) -> actual.put(step, CompatWalk.rules(result.detected())));

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void findingsNameTheQueryTheStepTheSqlStateAndExplainWithTheDiff(int major) {
        Map<String, CompatWalk.Result> results = CompatWalk.results(major);

        Finding rename = results.get("0002").replayed().get(0);
        assertThat(rename.step()).isEqualTo("0002");
        assertThat(rename.message())
                .startsWith("Query find_user (0002.sql:4, version 0001) fails to prepare after 0002: ERROR: column "
                        + "\"display_name\" does not exist (SQLState 42703).")
                .contains("Because column users.display_name no longer exists: removed (perhaps renamed to "
                        + "full_name) in 0002.");
        assertThat(results.get("0003").replayed().get(0).message())
                .contains("Because column notes.body no longer exists: removed in 0003.");
        assertThat(results.get("0004").replayed().get(0).message()).contains("(SQLState 23502)")
                .contains("Because column orders.currency was added NOT NULL without a default in 0004");
        assertThat(results.get("0005").replayed().get(0).message()).contains("(SQLState 42883)")
                .contains("function order_total(integer) no longer exists: its signature changed to "
                        + "order_total(integer, text) in 0005");
        assertThat(results.get("0006").replayed().get(0).message()).contains("(SQLState 42883)")
                .contains("column accounts.id changed type from integer to text in 0006");
        assertThat(results.get("0007").replayed().get(0).message()).contains("(SQLState 42501)")
                .contains("Because INSERT on audit_log was revoked from mt_compat_app in 0007.");
        assertThat(results.get("0008").replayed().get(0).message()).contains("(SQLState 23505)")
                .contains("Because constraint tags.tags_name_key was added in 0008.");
        assertThat(results.get("0009").replayed().get(0).message()).contains("(SQLState 22P02)")
                .contains("Because label meh was removed from enum mood in 0009.");
        String integer = major >= 16 ? "integer" : "int4";
        String bigint = major >= 16 ? "bigint" : "int8";
        assertThat(results.get("0013").replayed().get(0).message())
                .contains("columns were (id " + integer + ", hits " + integer + "), now (id " + integer + ", hits "
                        + bigint + ")");
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 18})
    void staticFindingsNameTheObjectAndTheAlternative(int major) {
        Map<String, CompatWalk.Result> results = CompatWalk.results(major);

        assertThat(results.get("0002").detected().get(0).message())
                .startsWith("column users.display_name was renamed to full_name").contains("trigger");
        assertThat(results.get("0004").detected().get(0).message())
                .startsWith("column orders.currency was added NOT NULL without a default").contains("DEFAULT");
        assertThat(results.get("0005").detected().get(0).message())
                .startsWith("function order_total(integer) became order_total(integer, text)").contains("overload");
        assertThat(results.get("0006").detected().get(0).message())
                .startsWith("column accounts.id changed type from integer to text");
        assertThat(results.get("0007").detected().get(0).message())
                .startsWith("INSERT on table audit_log was revoked from mt_compat_app");
        assertThat(results.get("0009").detected().get(0).message()).startsWith("enum type mood lost its label 'meh'");
    }
}
