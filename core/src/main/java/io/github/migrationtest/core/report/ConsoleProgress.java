package io.github.migrationtest.core.report;

import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationListener;
import io.github.migrationtest.core.check.VerificationReport;
import java.io.PrintStream;

/** Stub until the report branch lands. */
public final class ConsoleProgress implements VerificationListener {

    private final PrintStream out;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void stepFinished(StepResult result, int index, int total) {
        out.println(index + "/" + total + " " + result.step().label());
    }

    public void summary(VerificationReport report) {
        out.println(report.steps().size() + " steps");
    }
}
