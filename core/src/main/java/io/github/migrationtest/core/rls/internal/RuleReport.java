package io.github.migrationtest.core.rls.internal;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the RLS findings of one step. */
public final class RuleReport {

    private final String step;
    private final List<Finding> findings = new ArrayList<>();

    public RuleReport(String step) {
        this.step = step;
    }

    /** An error finding. */
    public void error(String rule, String message) {
        add(rule, true, message);
    }

    /** An error or a warning finding. */
    public void add(String rule, boolean error, String message) {
        findings.add(Finding.of(Category.RLS, rule, error ? Severity.ERROR : Severity.WARNING, step, message));
    }

    /** An informational finding. */
    public void info(String rule, String message) {
        findings.add(Finding.of(Category.RLS, rule, Severity.INFO, step, message));
    }

    /** What was collected, in order. */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
