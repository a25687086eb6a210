package io.github.migrationtest.junit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.MigrationVerifier;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.Verdict;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.report.ConsoleProgress;
import io.github.migrationtest.core.report.ReportWriter;
import io.github.migrationtest.junit.internal.BatteryContexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The battery of one {@link MigrationTest @MigrationTest} class on one server, as {@link MigrationContract} runs it:
 * dynamic tests, one per step and check, then reports. Resolved as a parameter of a {@code @TestFactory} method.
 *
 * @since 0.1
 */
public final class MigrationBattery {

    private final BatteryContexts context;
    private final ExtensionContext extensionContext;

    private MigrationBattery(BatteryContexts context, ExtensionContext extensionContext) {
        this.context = context;
        this.extensionContext = extensionContext;
    }

    static MigrationBattery of(ExtensionContext context) {
        return new MigrationBattery(BatteryContexts.of(context), context);
    }

    /**
     * One dynamic test per step and check, {@code 0005 add_phone ▸ reversible}. A step's checks run when the
     * stream reaches the step; when the stream closes, the reports are written to the report folder
     * ({@value MigrationTestConfig#REPORT_DIR}) and the battery's database is dropped.
     */
    public Stream<DynamicTest> dynamicTests() {
        MigrationVerifier verifier = MigrationVerifier.start(context.server(), context.source(), context.settings(),
                context.options());
        ConsoleProgress progress = new ConsoleProgress(System.out);
        // closed by JUnit with the factory's context, in case the stream is never consumed or closed
        extensionContext.getStore(ExtensionContext.Namespace.create(MigrationBattery.class))
                .put("verifier", (AutoCloseable) verifier::close);
        int total = verifier.plan().steps().size();
        return verifier.plan().steps().stream().flatMap(step -> {
            StepResult result = verifier.next();
            progress.stepFinished(result, verifier.results().size(), total);
            return result.checks().stream().map(check -> test(step, check));
        }).onClose(() -> finish(verifier, progress));
    }

    private DynamicTest test(MigrationStep step, CheckResult check) {
        String name = step.label() + " ▸ " + check.check();
        Path file = Path.of(step.location());
        URI source = Files.isRegularFile(file) ? file.toUri() : null;
        return dynamicTest(name, source, () -> {
            if (check.verdict() == Verdict.FAILED) {
                throw new AssertionFailedError("[step " + step.label() + " of " + context.description() + "] "
                        + check.describe());
            }
            if (check.verdict() == Verdict.SKIPPED) {
                throw new TestAbortedException(check.check() + " of " + step.label() + " did not run: "
                        + check.skipReason().orElse(""));
            }
        });
    }

    private void finish(MigrationVerifier verifier, ConsoleProgress progress) {
        try {
            VerificationReport report = verifier.report(context.suite());
            progress.summary(report);
            List<Path> files = ReportWriter.write(report, context.reportDirectory());
            extensionContext.publishReportEntry("migrationtest.report", files.get(0).toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the battery's report to " + context.reportDirectory(), e);
        } finally {
            verifier.close();
        }
    }
}
