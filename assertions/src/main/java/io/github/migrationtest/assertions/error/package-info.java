/**
 * One error message factory per kind of assertion failure, in AssertJ's {@code ShouldX} style.
 *
 * @since 0.1
 */
package io.github.migrationtest.assertions.error;
