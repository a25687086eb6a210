/**
 * Schema snapshots and their differences: an immutable, typed model of what a database's catalog holds, captured
 * with direct catalog queries, and {@link io.github.migrationtest.core.schema.SchemaDiff} listing what changed
 * between two snapshots, object by object, each line prefixed by the object's path.
 *
 * <p>Every check compares snapshots, so what this package captures decides what the product can see. See
 * {@code docs/schema-snapshot.md} for what is captured so far and what is not yet.
 *
 * @since 0.1
 */
package io.github.migrationtest.core.schema;
