package io.github.migrationtest.assertions.error;

import io.github.migrationtest.core.check.Finding;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A check run by an assertion found errors; the message lists them with their rule and what to do.
 *
 * @since 0.1
 */
public class ShouldHaveNoFindings extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting %s to %s,%nbut %s:%n%s";

    private ShouldHaveNoFindings(String subject, String property, List<Finding> findings) {
        super(TEMPLATE, unquotedString(subject), unquotedString(property),
                unquotedString("found " + Lines.count(findings.size(), "finding")),
                unquotedString(Lines.indent(findings.stream().map(f -> "[" + f.category() + "/" + f.rule() + "] "
                        + f.message()).flatMap(String::lines).toList())));
    }

    /**
     * The message for findings that fail an assertion.
     *
     * @param subject what was checked: {@code step 0005 add_phone}, {@code database mt_12}
     * @param property what was expected: {@code keep the queries of version 0004 working}
     * @param findings the failing findings
     */
    public static ErrorMessageFactory shouldHaveNoFindings(String subject, String property, List<Finding> findings) {
        return new ShouldHaveNoFindings(subject, property, findings);
    }
}
