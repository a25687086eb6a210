/**
 * The report formats' machinery: the JSON tree, Markdown and HTML renderers, symbols and counts. Not API.
 */
package io.github.migrationtest.core.report.internal;
