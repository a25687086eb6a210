/**
 * Reports of a battery run: JSON, Markdown and HTML files, and console progress. See {@code docs/report.md}.
 *
 * @since 0.1
 */
package io.github.migrationtest.core.report;
