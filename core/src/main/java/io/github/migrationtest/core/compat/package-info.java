/**
 * Backward compatibility: whether the previous application version's queries still work against the migrated
 * schema. A {@link io.github.migrationtest.core.compat.QueryCorpus} holds the queries (loaded from a file or recorded
 * by a {@link io.github.migrationtest.core.compat.CorpusRecorder}), a
 * {@link io.github.migrationtest.core.compat.CorpusBaseline} their result shapes at the corpus's own version, and
 * {@link io.github.migrationtest.core.compat.CorpusReplayer} replays them after a step;
 * {@link io.github.migrationtest.core.compat.BreakingChanges} finds breaking changes from two schema snapshots alone.
 * See {@code docs/compat.md}.
 */
package io.github.migrationtest.core.compat;
