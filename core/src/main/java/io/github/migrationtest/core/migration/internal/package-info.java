/**
 * Package for migration implementation details: the SQL splitter and runner, and the sources.
 *
 * <p>DO NOT USE THESE CLASSES - THEY MAY CHANGE SIGNIFICANTLY IN ANY MINOR UPDATE.
 */
package io.github.migrationtest.core.migration.internal;
