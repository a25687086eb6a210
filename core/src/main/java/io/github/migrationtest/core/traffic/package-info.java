/**
 * Traffic simulation: while a migration step runs, background connections replay a workload on the tables the step
 * touches, and {@link io.github.migrationtest.core.traffic.TrafficReport} says, per table, how long queries were
 * blocked. See {@code docs/traffic.md}.
 *
 * @since 0.1
 */
package io.github.migrationtest.core.traffic;
