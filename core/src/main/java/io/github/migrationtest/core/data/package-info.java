/**
 * Data for checks: {@link io.github.migrationtest.core.data.RowSynthesizer} inserts a few valid rows into tables
 * no fixture covers, and says which tables it could not fill and why.
 *
 * @since 0.1
 */
package io.github.migrationtest.core.data;
