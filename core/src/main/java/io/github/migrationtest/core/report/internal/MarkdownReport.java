package io.github.migrationtest.core.report.internal;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.lock.LockTable;
import io.github.migrationtest.core.traffic.TrafficReport;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The report as Markdown: a summary table of steps by checks, then each step's findings with diff blocks, its lock
 * table and its traffic.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The Markdown text, ending with a new line. */
    public static String write(VerificationReport report) {
        StringBuilder md = new StringBuilder();
        Tally tally = Tally.of(report);
        md.append("# migrationtest: ").append(inline(report.suite())).append("\n\n");
        md.append("- source: ").append(inline(report.source())).append('\n');
        md.append("- PostgreSQL: ").append(inline(report.postgres())).append('\n');
        md.append("- started: ").append(DateTimeFormatter.ISO_INSTANT.format(report.started())).append(", took ")
                .append(Millis.text(report.duration())).append('\n');
        md.append("- result: ").append(tally.line()).append("\n\n");
        table(report, md);
        for (StepResult step : report.steps()) {
            section(step, md);
        }
        if (!report.unfillableTables().isEmpty()) {
            md.append("\n## Tables the row synthesis could not fill\n\n");
            report.unfillableTables().forEach((table, reason) ->
                    md.append("- `").append(table).append("`: ").append(inline(reason)).append('\n'));
        }
        return md.toString();
    }

    private static void table(VerificationReport report, StringBuilder md) {
        List<String> checks = Tally.checkNames(report);
        md.append("| step | description |");
        checks.forEach(check -> md.append(' ').append(check).append(" |"));
        md.append(" time |\n|---|---|");
        checks.forEach(check -> md.append("---|"));
        md.append("---:|\n");
        for (StepResult step : report.steps()) {
            md.append("| ").append(cell(step.step().version())).append(" | ").append(cell(step.step().description()))
                    .append(" |");
            for (String name : checks) {
                md.append(step.check(name).map(check -> " " + Verdicts.symbol(check.verdict()) + " "
                        + check.verdict().id()).orElse("")).append(" |");
            }
            md.append(' ').append(Millis.text(step.duration())).append(" |\n");
        }
    }

    /** A step's findings, lock table and traffic, under its heading; nothing for a step with none of them. */
    private static void section(StepResult step, StringBuilder md) {
        List<LockTable.Row> rows = step.lockTrace().map(LockTable::rows).orElse(List.of());
        if (step.findings().isEmpty() && rows.isEmpty() && step.traffic().isEmpty()) {
            return;
        }
        md.append("\n## ").append(inline(step.step().label())).append("\n\n");
        findings(step, md);
        locks(rows, md);
        step.traffic().ifPresent(traffic -> traffic(traffic, md));
    }

    private static void findings(StepResult step, StringBuilder md) {
        for (CheckResult check : step.checks()) {
            for (Finding finding : check.findings()) {
                md.append("- **").append(finding.category().id()).append('/').append(finding.rule()).append("** ")
                        .append(finding.severity().id()).append(" (").append(check.check()).append(' ')
                        .append(check.verdict().id()).append("): ").append(inline(Messages.headline(finding.message())))
                        .append('\n');
                finding.acceptance().ifPresent(reason ->
                        md.append("  - accepted: ").append(inline(reason)).append('\n'));
                block(Messages.body(finding.message()), md);
            }
        }
    }

    /** The locks taken on relations that existed before the step, one row per lock. */
    private static void locks(List<LockTable.Row> rows, StringBuilder md) {
        if (rows.isEmpty()) {
            return;
        }
        paragraph(md);
        md.append("Locks taken on existing relations:\n\n|");
        LockTable.headers().forEach(header -> md.append(' ').append(header).append(" |"));
        md.append("\n|---|---|---|---|---:|\n");
        for (LockTable.Row row : rows) {
            md.append('|');
            row.cells().forEach(cell -> md.append(' ').append(cell(cell)).append(" |"));
            md.append('\n');
        }
    }

    /** Each table's longest read and write while the up ran: how long the step blocked traffic. */
    private static void traffic(TrafficReport traffic, StringBuilder md) {
        paragraph(md);
        md.append("Traffic while the up ran:\n\n| table | reads | writes | longest read | longest write | timeouts |"
                + "\n|---|---:|---:|---:|---:|---:|\n");
        traffic.tables().forEach((name, table) -> md.append("| ").append(cell(name)).append(" | ")
                .append(table.reads()).append(" | ").append(table.writes()).append(" | ")
                .append(Millis.text(table.longestRead())).append(" | ").append(Millis.text(table.longestWrite()))
                .append(" | ").append(table.timeouts()).append(" |\n"));
    }

    /** A blank line before a new block, unless the text already ends with one. */
    private static void paragraph(StringBuilder md) {
        md.append(md.toString().endsWith("\n\n") ? "" : "\n");
    }

    /** The lines after the headline, indented under the list item, as a diff when they hold one. */
    private static void block(List<String> lines, StringBuilder md) {
        if (lines.isEmpty()) {
            return;
        }
        String fence = fence(lines);
        md.append("\n  ").append(fence).append(Messages.hasDiff(lines) ? "diff" : "text").append('\n');
        lines.forEach(line -> md.append("  ").append(line).append('\n'));
        md.append("  ").append(fence).append("\n\n");
    }

    /** Three backticks, or more than the longest run in the lines, so a message cannot close the block. */
    private static String fence(List<String> lines) {
        int longest = 0;
        for (String line : lines) {
            int run = 0;
            for (char c : line.toCharArray()) {
                run = c == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    /**
     * Text on one line of Markdown: line breaks flattened, and {@code <}, {@code >}, {@code &} escaped outside code
     * spans, where renderers would take them for HTML; inside a span they show as written.
     */
    private static String inline(String text) {
        String[] parts = text.replace("\r", "").replace("\n", " ").split("`", -1);
        boolean balanced = parts.length % 2 == 1;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean code = balanced && i % 2 == 1;
            out.append(i > 0 ? "`" : "").append(code ? parts[i] : Html.escape(parts[i]));
        }
        return out.toString();
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }
}
