package io.github.migrationtest.core.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.migration.MigrationStep;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * The report as JSON, in the form {@code docs/report.md} documents: fields in a fixed order, instants in ISO-8601
 * UTC, durations as milliseconds.
 */
public final class JsonReport {

    /** Bumped on a breaking change of the form; additions keep it. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectWriter WRITER = writer();

    private JsonReport() {
    }

    /** Pretty JSON with {@code \n} line ends and a final new line. */
    public static String write(VerificationReport report) {
        try {
            return WRITER.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises.
            throw new UncheckedIOException(e);
        }
    }

    /** The report as a tree. */
    public static ObjectNode tree(VerificationReport report) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("suite", report.suite());
        root.put("source", report.source());
        root.put("postgres", report.postgres());
        root.put("started", DateTimeFormatter.ISO_INSTANT.format(report.started()));
        root.put("durationMs", Millis.exact(report.duration()));
        root.set("summary", summary(Tally.of(report)));
        ArrayNode steps = root.putArray("steps");
        report.steps().forEach(step -> steps.add(step(step)));
        ObjectNode unfillable = root.putObject("unfillableTables");
        report.unfillableTables().forEach(unfillable::put);
        return root;
    }

    private static ObjectNode summary(Tally tally) {
        ObjectNode summary = NODES.objectNode();
        summary.put("steps", tally.steps());
        summary.put("failedSteps", tally.failedSteps());
        summary.put("warnedSteps", tally.warnedSteps());
        ObjectNode checks = summary.putObject("checks");
        tally.checksByVerdict().forEach((verdict, count) -> checks.put(verdict.id(), count));
        ObjectNode findings = summary.putObject("findings");
        findings.put("total", tally.findings());
        findings.put("accepted", tally.acceptedFindings());
        ObjectNode categories = findings.putObject("byCategory");
        tally.findingsByCategory().forEach((category, count) -> categories.put(category.id(), count));
        ObjectNode severities = findings.putObject("bySeverity");
        tally.findingsBySeverity().forEach((severity, count) -> severities.put(severity.id(), count));
        return summary;
    }

    private static ObjectNode step(StepResult result) {
        MigrationStep step = result.step();
        ObjectNode node = NODES.objectNode();
        node.put("version", step.version());
        node.put("description", step.description());
        node.put("location", step.location());
        node.put("durationMs", Millis.exact(result.duration()));
        ObjectNode timings = node.putObject("timingsMs");
        result.timings().forEach((phase, duration) -> timings.put(phase, Millis.exact(duration)));
        ArrayNode checks = node.putArray("checks");
        result.checks().forEach(check -> checks.add(check(check)));
        ArrayNode findings = node.putArray("findings");
        result.findings().forEach(finding -> findings.add(finding(finding)));
        // Optional fields, present only when the step was traced or traffic ran: additions keep SCHEMA_VERSION.
        result.lockTrace().ifPresent(trace -> node.set("locks", LockJson.statements(trace)));
        result.traffic().ifPresent(traffic -> node.set("traffic", LockJson.traffic(traffic)));
        return node;
    }

    private static ObjectNode check(CheckResult check) {
        ObjectNode node = NODES.objectNode();
        node.put("check", check.check());
        node.put("verdict", check.verdict().id());
        node.put("durationMs", Millis.exact(check.duration()));
        check.skipReason().ifPresent(reason -> node.put("skipReason", reason));
        return node;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("category", finding.category().id());
        node.put("rule", finding.rule());
        node.put("severity", finding.severity().id());
        node.put("step", finding.step());
        node.put("message", finding.message());
        node.put("accepted", finding.acceptance().orElse(null));
        return node;
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        // Decimals written plain, so 1000 ms is never 1E+3.
        return new ObjectMapper().writer(printer).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
