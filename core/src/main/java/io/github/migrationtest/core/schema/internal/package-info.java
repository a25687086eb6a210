/**
 * Package for schema snapshot implementation details: the catalog queries and the diff rendering.
 *
 * <p>DO NOT USE THESE CLASSES - THEY MAY CHANGE SIGNIFICANTLY IN ANY MINOR UPDATE.
 */
package io.github.migrationtest.core.schema.internal;
