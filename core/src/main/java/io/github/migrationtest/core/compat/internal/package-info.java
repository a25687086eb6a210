/**
 * The compatibility engine's machinery: the corpus parser and writer, the recording JDBC proxies, the result-shape
 * reader, the replay stages and the schema-diff explanations. Not API.
 */
package io.github.migrationtest.core.compat.internal;
