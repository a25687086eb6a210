package io.github.migrationtest.assertions.error;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Verdict;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A step's check failed or could not run; the message lists the check's findings, diffs included.
 *
 * @since 0.1
 */
public class ShouldPassCheck extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting step %s to %s,%nbut %s:%n%s";

    private ShouldPassCheck(String step, String property, String outcome, String details) {
        super(TEMPLATE, unquotedString(step), unquotedString(property), unquotedString(outcome),
                unquotedString(details));
    }

    /**
     * The message for a check that did not pass.
     *
     * @param step the step's label, {@code 0005 add_phone}
     * @param property what was expected, {@code be reversible}
     * @param check the check's result
     */
    public static ErrorMessageFactory shouldPassCheck(String step, String property, CheckResult check) {
        if (check.verdict() == Verdict.SKIPPED) {
            return new ShouldPassCheck(step, property, "the " + check.check() + " check could not run",
                    "  " + check.skipReason().orElse(""));
        }
        List<Finding> failing = check.findings().stream().filter(Finding::fails).toList();
        return new ShouldPassCheck(step, property, "the " + check.check() + " check failed with "
                + Lines.count(failing.size(), "finding"),
                Lines.indent(failing.stream().map(f -> "[" + f.category() + "/" + f.rule() + "] " + f.message())
                        .flatMap(String::lines).toList()));
    }

    /**
     * The message for a step that has a check missing from its result (it was not asked for).
     */
    public static ErrorMessageFactory shouldHaveCheck(String step, String property, String check) {
        return new ShouldPassCheck(step, property, "its result has no " + check + " check",
                "  ask for it (idempotent = \"" + step.split(" ")[0] + "\" on @MigrationTest, or "
                        + "VerificationOptions.withIdempotent)");
    }
}
