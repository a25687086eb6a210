package io.github.migrationtest.assertions.internal;

import io.github.migrationtest.core.schema.SchemaObject;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import java.util.Optional;

/**
 * Renders a whole {@link SchemaSnapshot} as text, one object per paragraph with every property on a line of its
 * own, so that an IDE's visual diff of two renderings points at the changed property.
 */
public final class SnapshotRendering {

    private SnapshotRendering() {
    }

    /**
     * The snapshot, in its own order (kind, then path): {@code kind path} followed by {@code   property: value}
     * lines; an absent value is {@code (none)}.
     *
     * @param snapshot the snapshot
     * @return the text
     */
    public static String render(SchemaSnapshot snapshot) {
        StringBuilder text = new StringBuilder();
        for (SchemaObject object : snapshot.objects()) {
            text.append(object.kind().label()).append(' ').append(object.path()).append('\n');
            object.properties().forEach((name, value) -> text.append("  ").append(name).append(": ")
                    .append(value(value)).append('\n'));
        }
        return text.toString();
    }

    private static String value(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(String::valueOf).orElse("(none)");
        }
        return String.valueOf(value);
    }
}
