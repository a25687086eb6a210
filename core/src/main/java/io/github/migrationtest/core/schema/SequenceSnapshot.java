package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sequence, including those behind serial and identity columns. Its current value is captured only by
 * {@link SchemaSnapshot#captureWithSequenceValues(java.sql.Connection)}.
 *
 * @param schema the sequence's schema
 * @param name the sequence's name
 * @param type the sequence's data type, such as {@code bigint}
 * @param start the start value
 * @param increment the increment
 * @param minValue the minimum value
 * @param maxValue the maximum value
 * @param cycle whether the sequence wraps around
 * @param ownedBy the path of the column that owns the sequence (serial, identity or {@code OWNED BY}), if any
 * @param owner the role that owns the sequence
 * @param lastValue the value the sequence last gave ({@code pg_sequence_last_value}): empty unless captured with
 *     sequence values, and empty too when the sequence has not been called since it was created or reset by
 *     {@code setval(..., false)} or {@code ALTER SEQUENCE ... RESTART}
 * @since 0.1
 */
public record SequenceSnapshot(String schema, String name, String type, long start, long increment, long minValue,
        long maxValue, boolean cycle, Optional<String> ownedBy, String owner, Optional<Long> lastValue)
        implements SchemaObject {

    public SequenceSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ownedBy, "ownedBy");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lastValue, "lastValue");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SEQUENCE;
    }

    @Override
    public String path() {
        return schema + "." + name;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", type);
        properties.put("start", start);
        properties.put("increment", increment);
        properties.put("min", minValue);
        properties.put("max", maxValue);
        properties.put("cycle", cycle);
        properties.put("owned by", ownedBy);
        properties.put("owner", owner);
        properties.put("last value", lastValue);
        return Collections.unmodifiableMap(properties);
    }
}
