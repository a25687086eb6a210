package io.github.migrationtest.core.report.internal;

import static io.github.migrationtest.core.report.internal.Html.escape;

import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationReport;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page: inline CSS, no script, nothing fetched. A timeline row per step with a
 * bar as long as the step took (relative to the slowest step) coloured by its worst verdict, verdict badges per
 * check, then the findings with their diffs, then each traced step's lock table and traffic.
 */
public final class HtmlReport {

    private static final String CSS = """
            body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222;max-width:80em}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}h3{font-size:1.05em}
            .meta{color:#555}
            .timeline{display:grid;grid-template-columns:minmax(14em,max-content) 1fr max-content;gap:.3em 1em;\
            align-items:center}
            .label a{color:inherit;text-decoration:none}.label a:hover{text-decoration:underline}
            .track{background:#f0f0f0;height:.9em;border-radius:3px}
            .bar{height:100%;border-radius:3px;min-width:2px}
            .bar.passed{background:#2e9e44}.bar.failed{background:#d33}.bar.warned{background:#e0a000}
            .bar.accepted{background:#6a8fd8}.bar.skipped{background:#aaa}
            .badge{display:inline-block;padding:0 .45em;margin-right:.25em;border-radius:3px;font-size:.85em;color:#fff}
            .badge.passed{background:#2e9e44}.badge.failed{background:#d33}.badge.warned{background:#b07d00}
            .badge.accepted{background:#4a6fb8}.badge.skipped{background:#888}
            .time{color:#555;font-variant-numeric:tabular-nums;text-align:right}
            .finding{border-left:4px solid #ccc;padding:.2em .8em;margin:.8em 0}
            .finding.error{border-color:#d33}.finding.warning{border-color:#e0a000}.finding.info{border-color:#888}
            .finding.accepted{border-color:#6a8fd8}
            .rule{font-family:monospace;font-weight:bold}
            pre{background:#f7f7f7;padding:.6em;overflow-x:auto;white-space:pre-wrap}
            .del{color:#b00;background:#fde8e8;display:block}.add{color:#070;background:#e6f6e6;display:block}
            .chg{color:#8a5a00;display:block}
            table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:left}
            caption{text-align:left;font-weight:bold;padding:.6em 0 .2em}
            """;

    private HtmlReport() {
    }

    /** The page, ending with a new line. */
    public static String write(VerificationReport report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>migrationtest: ")
                .append(escape(report.suite())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<h1>migrationtest: ").append(escape(report.suite())).append("</h1>\n")
                .append("<p class=\"meta\">").append(escape(report.source())).append(" · PostgreSQL ")
                .append(escape(report.postgres())).append(" · started ")
                .append(DateTimeFormatter.ISO_INSTANT.format(report.started())).append(" · took ")
                .append(Millis.text(report.duration())).append(" · ").append(escape(Tally.of(report).line()))
                .append("</p>\n");
        timeline(report, html);
        findings(report, html);
        LockHtml.write(report, html);
        unfillable(report, html);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void timeline(VerificationReport report, StringBuilder html) {
        Duration slowest = report.steps().stream().map(StepResult::duration).max(Duration::compareTo)
                .orElse(Duration.ZERO);
        html.append("<h2>Timeline</h2>\n<div class=\"timeline\">\n");
        List<StepResult> steps = report.steps();
        for (int i = 0; i < steps.size(); i++) {
            StepResult step = steps.get(i);
            String worst = Verdicts.worst(step).id();
            String label = escape(step.step().label());
            html.append("<div class=\"label\" id=\"step-").append(i + 1).append("\">")
                    .append(step.findings().isEmpty() ? label
                            : "<a href=\"#findings-" + (i + 1) + "\">" + label + "</a>")
                    .append("</div>\n<div class=\"track\"><div class=\"bar ").append(worst).append("\" style=\"width:")
                    .append(width(step.duration(), slowest)).append("%\" title=\"").append(escape(timings(step)))
                    .append("\"></div></div>\n<div><span class=\"time\">").append(Millis.text(step.duration()))
                    .append("</span> ");
            for (CheckResult check : step.checks()) {
                html.append("<span class=\"badge ").append(check.verdict().id()).append("\" title=\"")
                        .append(escape(check.verdict().id() + check.skipReason().map(r -> ": " + r).orElse("")))
                        .append("\">").append(escape(check.check())).append(' ')
                        .append(Verdicts.symbol(check.verdict())).append("</span>");
            }
            html.append("</div>\n");
        }
        html.append("</div>\n");
    }

    /** The bar's width in percent of the slowest step, one decimal, with a dot whatever the locale. */
    private static String width(Duration duration, Duration slowest) {
        double percent = slowest.isZero() ? 0 : 100.0 * duration.toNanos() / slowest.toNanos();
        return String.format(Locale.ROOT, "%.1f", percent);
    }

    private static String timings(StepResult step) {
        StringBuilder text = new StringBuilder();
        step.timings().forEach((phase, duration) ->
                text.append(text.length() == 0 ? "" : ", ").append(phase).append(' ').append(Millis.text(duration)));
        return text.toString();
    }

    private static void findings(VerificationReport report, StringBuilder html) {
        if (report.findings().isEmpty()) {
            return;
        }
        html.append("<h2>Findings</h2>\n");
        List<StepResult> steps = report.steps();
        for (int i = 0; i < steps.size(); i++) {
            StepResult step = steps.get(i);
            if (step.findings().isEmpty()) {
                continue;
            }
            html.append("<section id=\"findings-").append(i + 1).append("\">\n<h3>")
                    .append(escape(step.step().label())).append("</h3>\n");
            for (CheckResult check : step.checks()) {
                check.findings().forEach(finding -> finding(check, finding, html));
            }
            html.append("</section>\n");
        }
    }

    private static void finding(CheckResult check, Finding finding, StringBuilder html) {
        html.append("<div class=\"finding ").append(finding.isAccepted() ? "accepted" : finding.severity().id())
                .append("\">\n<p><span class=\"rule\">").append(escape(finding.category().id() + "/" + finding.rule()))
                .append("</span> ").append(finding.severity().id()).append(" · ").append(escape(check.check()))
                .append(" <span class=\"badge ").append(check.verdict().id()).append("\">")
                .append(check.verdict().id()).append("</span></p>\n<p>")
                .append(escape(Messages.headline(finding.message()))).append("</p>\n");
        List<String> body = Messages.body(finding.message());
        if (!body.isEmpty()) {
            html.append("<pre>");
            for (String line : body) {
                html.append(switch (Messages.kind(line)) {
                    case REMOVED -> "<span class=\"del\">" + escape(line) + "</span>";
                    case ADDED -> "<span class=\"add\">" + escape(line) + "</span>";
                    case CHANGED -> "<span class=\"chg\">" + escape(line) + "</span>";
                    case TEXT -> escape(line) + "\n";
                });
            }
            html.append("</pre>\n");
        }
        finding.acceptance().ifPresent(reason ->
                html.append("<p class=\"meta\">accepted: ").append(escape(reason)).append("</p>\n"));
        html.append("</div>\n");
    }

    private static void unfillable(VerificationReport report, StringBuilder html) {
        if (report.unfillableTables().isEmpty()) {
            return;
        }
        html.append("<h2>Tables the row synthesis could not fill</h2>\n<table>\n<tr><th>table</th><th>reason</th></tr>\n");
        report.unfillableTables().forEach((table, reason) -> html.append("<tr><td>").append(escape(table))
                .append("</td><td>").append(escape(reason)).append("</td></tr>\n"));
        html.append("</table>\n");
    }
}
