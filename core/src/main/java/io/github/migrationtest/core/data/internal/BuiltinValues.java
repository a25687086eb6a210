package io.github.migrationtest.core.data.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/** The generators for built-in types; the types listed in {@code RowSynthesizer}'s documentation. */
final class BuiltinValues {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2000, 1, 1),
            LocalDate.of(2030, 6, 15), LocalDate.of(1970, 1, 1));
    private static final List<LocalTime> TIMES = List.of(LocalTime.of(8, 0), LocalTime.of(12, 30),
            LocalTime.of(0, 0), LocalTime.of(23, 0));

    private BuiltinValues() {
    }

    /**
     * The values of a built-in type.
     *
     * @param type the type as {@code format_type} writes it, without {@code []}
     * @param column the column's path, which makes its UUIDs differ from other columns'
     * @return the values, or empty for a type with no generator
     */
    static Optional<ValueSource> of(String type, String column) {
        BuiltinType builtin = BuiltinType.parse(type);
        String label = column.substring(column.lastIndexOf('.') + 1);
        String name = builtin.name();
        if (name.startsWith("interval")) {
            return Optional.of(intervals());
        }
        ValueSource values = switch (name) {
            case "smallint" -> Numbers.integer(Short.MAX_VALUE);
            case "integer" -> Numbers.integer(Integer.MAX_VALUE);
            case "bigint" -> Numbers.integer(Long.MAX_VALUE);
            case "numeric" -> Numbers.numeric(builtin.first(), builtin.second());
            case "real", "double precision" -> Numbers.numeric(-1, -1);
            case "text" -> new Texts(label, -1);
            case "character varying", "character" -> new Texts(label, builtin.first());
            case "boolean" -> new Listed(List.of(row -> String.valueOf(row % 2 == 0), row -> "true",
                    row -> "false"));
            case "date" -> dates(date -> date.toString());
            case "timestamp without time zone" -> dates(date -> date + " 12:00:00");
            case "timestamp with time zone" -> dates(date -> date + " 12:00:00+00");
            case "time without time zone" -> times("");
            case "time with time zone" -> times("+00");
            case "uuid" -> new Listed(List.of(row -> UUID.nameUUIDFromBytes(
                    (column + "#" + row).getBytes(StandardCharsets.UTF_8)).toString()));
            case "json", "jsonb" -> new Listed(List.of(row -> "{\"n\": " + row + "}", row -> "[" + row + "]",
                    row -> String.valueOf(row), row -> "\"value " + row + "\""));
            case "bytea" -> new Listed(List.of(row -> String.format("\\x%08x", row)));
            case "inet" -> new Listed(List.of(row -> "10.0." + row / 250 + "." + (row % 250 + 1),
                    row -> "192.168." + row / 250 + "." + (row % 250 + 1),
                    row -> "2001:db8::" + Integer.toHexString(row + 1)));
            case "cidr" -> new Listed(List.of(row -> "10." + row / 256 % 256 + "." + row % 256 + ".0/24",
                    row -> "192.168." + row % 256 + ".0/24",
                    row -> "2001:db8:" + Integer.toHexString(row % 65536) + "::/48"));
            default -> null;
        };
        return Optional.ofNullable(values);
    }

    private static ValueSource dates(Function<LocalDate, String> format) {
        return new Listed(DATES.stream().<IntFunction<String>>map(base -> row -> format.apply(base.plusDays(row)))
                .toList());
    }

    private static ValueSource times(String zone) {
        return new Listed(TIMES.stream().<IntFunction<String>>map(base -> row -> base.plusMinutes(row) + ":00" + zone)
                .toList());
    }

    private static ValueSource intervals() {
        return new Listed(List.of(row -> (row + 1) + " days", row -> (row + 1) + " hours",
                row -> (row + 1) + " years", row -> "-" + (row + 1) + " days"));
    }
}
