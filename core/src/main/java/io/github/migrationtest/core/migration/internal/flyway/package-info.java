/**
 * Package for the Flyway source: scanning Flyway locations, running steps through Flyway, reverting them with undo
 * scripts.
 *
 * <p>DO NOT USE THESE CLASSES - THEY MAY CHANGE SIGNIFICANTLY IN ANY MINOR UPDATE.
 */
package io.github.migrationtest.core.migration.internal.flyway;
