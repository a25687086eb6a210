package io.github.migrationtest.core.data.internal;

/**
 * A column the synthesized {@code INSERT} names.
 *
 * @param name the column's name
 * @param type the column's type as {@code format_type} writes it, used to cast the literal
 * @param cell where the value comes from
 */
public record PlannedColumn(String name, String type, Cell cell) {
}
