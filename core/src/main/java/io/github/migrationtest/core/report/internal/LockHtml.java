package io.github.migrationtest.core.report.internal;

import static io.github.migrationtest.core.report.internal.Html.escape;

import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.lock.LockTable;
import io.github.migrationtest.core.traffic.TrafficReport;
import java.util.List;

/** The HTML page's locks section: per traced step, its lock table and, when traffic ran, the traffic it saw. */
final class LockHtml {

    private LockHtml() {
    }

    /** Appends the section; nothing when no step took a lock on an existing relation and no traffic ran. */
    static void write(VerificationReport report, StringBuilder html) {
        List<StepResult> steps = report.steps();
        boolean any = steps.stream().anyMatch(step -> !rows(step).isEmpty() || step.traffic().isPresent());
        if (!any) {
            return;
        }
        html.append("<h2>Locks</h2>\n");
        for (int i = 0; i < steps.size(); i++) {
            StepResult step = steps.get(i);
            List<LockTable.Row> rows = rows(step);
            if (rows.isEmpty() && step.traffic().isEmpty()) {
                continue;
            }
            html.append("<section id=\"locks-").append(i + 1).append("\">\n<h3>").append(escape(step.step().label()))
                    .append("</h3>\n");
            if (!rows.isEmpty()) {
                locks(rows, html);
            }
            step.traffic().ifPresent(traffic -> traffic(traffic, html));
            html.append("</section>\n");
        }
    }

    private static List<LockTable.Row> rows(StepResult step) {
        return step.lockTrace().map(LockTable::rows).orElse(List.of());
    }

    private static void locks(List<LockTable.Row> rows, StringBuilder html) {
        html.append("<table class=\"locks\">\n<caption>Locks taken on existing relations</caption>\n<tr>");
        LockTable.headers().forEach(header -> html.append("<th>").append(escape(header)).append("</th>"));
        html.append("</tr>\n");
        for (LockTable.Row row : rows) {
            html.append("<tr>");
            row.cells().forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void traffic(TrafficReport traffic, StringBuilder html) {
        html.append("<table class=\"traffic\">\n<caption>Traffic while the up ran</caption>\n<tr><th>table</th>"
                + "<th>reads</th><th>writes</th><th>longest read</th><th>longest write</th><th>timeouts</th></tr>\n");
        traffic.tables().forEach((name, table) -> html.append("<tr><td>").append(escape(name)).append("</td><td>")
                .append(table.reads()).append("</td><td>").append(table.writes()).append("</td><td>")
                .append(Millis.text(table.longestRead())).append("</td><td>")
                .append(Millis.text(table.longestWrite())).append("</td><td>").append(table.timeouts())
                .append("</td></tr>\n"));
        html.append("</table>\n");
    }
}
