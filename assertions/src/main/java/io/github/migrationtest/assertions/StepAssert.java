package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldPassCheck.shouldHaveCheck;
import static io.github.migrationtest.assertions.error.ShouldPassCheck.shouldPassCheck;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.StepUnderTest;
import io.github.migrationtest.core.check.Verdict;
import java.util.Optional;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one migration step's checks. The checks run on first use, once per step (each on a database of its
 * own); a check passes unless it found an error nobody accepted, so warnings and accepted findings pass.
 *
 * <pre>{@code
 * @MigrationSteps
 * void everyStep(StepUnderTest step) {
 *     assertThat(step).applies().isReversible().preservesData();
 * }
 * }</pre>
 *
 * @since 0.1
 */
public class StepAssert extends AbstractAssert<StepAssert, StepUnderTest> {

    public StepAssert(StepUnderTest actual) {
        super(actual, StepAssert.class);
    }

    /**
     * Verifies that the up runs cleanly from the previous version.
     *
     * @return this assertion object
     */
    public StepAssert applies() {
        return passes(CheckResult.APPLIES, "apply", actual::result);
    }

    /**
     * Verifies that up then down returns the schema from before the up, and that up again works and gives the same
     * schema as the first up. The failure message shows the schema diff, with each object's path.
     *
     * <p>Assertion succeeds on a step whose down drops what its up creates. Fails on one whose down forgets a
     * function: {@code - function public.account_count()} in the diff.
     *
     * @return this assertion object
     */
    public StepAssert isReversible() {
        return passes(CheckResult.REVERSIBLE, "be reversible", actual::result);
    }

    /**
     * Verifies that rows present before the up are present and unchanged after up then down, table by table; the
     * failure message names the table and shows sample differing rows.
     *
     * @return this assertion object
     */
    public StepAssert preservesData() {
        return passes(CheckResult.KEEPS_DATA, "preserve data", actual::result);
    }

    /**
     * Verifies that running the up a second time on the migrated database raises no error and changes neither
     * schema nor data. Runs the check even where the suite does not ask for it.
     *
     * @return this assertion object
     */
    public StepAssert isIdempotent() {
        return passes(CheckResult.IDEMPOTENT, "be idempotent", actual::resultWithIdempotency);
    }

    private StepAssert passes(String check, String property, Supplier<StepResult> results) {
        isNotNull();
        StepResult result = results.get();
        Optional<CheckResult> found = result.check(check);
        String step = actual.step().label();
        if (found.isEmpty()) {
            throwAssertionError(shouldHaveCheck(step, property, check));
        } else if (found.get().failed() || found.get().verdict() == Verdict.SKIPPED) {
            throwAssertionError(shouldPassCheck(step, property, found.get()));
        }
        return myself;
    }
}
