/**
 * Per-statement lock tracing of a migration step on real PostgreSQL, and the rules that turn a trace into
 * {@link io.github.migrationtest.core.check.Category#LOCK} findings: a strong lock held while a pre-existing table was
 * rewritten, scanned or indexed, statements run after ACCESS EXCLUSIVE was taken, and strong locks taken without a
 * {@code lock_timeout}.
 */
package io.github.migrationtest.core.lock;
