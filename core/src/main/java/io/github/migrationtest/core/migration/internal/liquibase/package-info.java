/**
 * Package for the Liquibase migration source: changelogs read without a database, and single changesets applied and
 * rolled back through Liquibase's command API.
 *
 * <p>DO NOT USE THESE CLASSES - THEY MAY CHANGE SIGNIFICANTLY IN ANY MINOR UPDATE.
 */
package io.github.migrationtest.core.migration.internal.liquibase;
