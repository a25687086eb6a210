package io.github.migrationtest.core.report;

import io.github.migrationtest.core.check.VerificationReport;
import io.github.migrationtest.core.report.internal.FileNames;
import io.github.migrationtest.core.report.internal.HtmlReport;
import io.github.migrationtest.core.report.internal.JsonReport;
import io.github.migrationtest.core.report.internal.MarkdownReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link VerificationReport} as JSON for programs, Markdown for pull requests and HTML for people; the
 * forms are described in {@code docs/report.md}.
 *
 * @since 0.1
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes {@code <suite>.json}, {@code <suite>.md} and {@code <suite>.html}, in UTF-8, replacing earlier ones.
     *
     * @param report the report
     * @param directory where to write them, such as {@code target/migrationtest}; created if missing
     * @return the three files, in that order
     * @throws IOException if the directory or a file cannot be written
     * @since 0.1
     */
    public static List<Path> write(VerificationReport report, Path directory) throws IOException {
        Objects.requireNonNull(report, "report");
        Files.createDirectories(directory);
        String name = FileNames.safe(report.suite());
        Path json = Files.writeString(directory.resolve(name + ".json"), json(report), StandardCharsets.UTF_8);
        Path markdown = Files.writeString(directory.resolve(name + ".md"), markdown(report), StandardCharsets.UTF_8);
        Path html = Files.writeString(directory.resolve(name + ".html"), html(report), StandardCharsets.UTF_8);
        return List.of(json, markdown, html);
    }

    /**
     * The report as JSON: fields in a fixed order, {@code schemaVersion} first.
     *
     * @param report the report
     * @return pretty JSON ending with a new line
     * @since 0.1
     */
    public static String json(VerificationReport report) {
        return JsonReport.write(Objects.requireNonNull(report, "report"));
    }

    /**
     * The report as Markdown: a table of steps by checks, then each step's findings with their diffs.
     *
     * @param report the report
     * @return Markdown text
     * @since 0.1
     */
    public static String markdown(VerificationReport report) {
        return MarkdownReport.write(Objects.requireNonNull(report, "report"));
    }

    /**
     * The report as one self-contained HTML page: a timeline of the steps, verdict badges, the findings and diffs.
     *
     * @param report the report
     * @return the page
     * @since 0.1
     */
    public static String html(VerificationReport report) {
        return HtmlReport.write(Objects.requireNonNull(report, "report"));
    }
}
