/**
 * AssertJ assertions over migrationtest's model; start from {@link io.github.migrationtest.assertions.MigrationAssertions}.
 *
 * @since 0.1
 */
package io.github.migrationtest.assertions;
