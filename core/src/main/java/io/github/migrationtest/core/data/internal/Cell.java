package io.github.migrationtest.core.data.internal;

import java.util.List;

/** Where one column of a synthesized row gets its value. */
public sealed interface Cell {

    /** A value from the column type's generator. */
    record Generated(ValueSource values) implements Cell {
    }

    /** {@code NULL}: a nullable column of a type with no generator, or a nullable key to an empty parent. */
    record Null() implements Cell {
    }

    /**
     * One column of an existing parent key, shared by the foreign key's columns so they pick the same parent row.
     *
     * @param keys the parent's key values as text, one list per parent row, in a fixed order
     * @param position which column of the key
     */
    record ParentKey(List<List<String>> keys, int position) implements Cell {
    }

    /**
     * The value of another column of the same row: a self-referencing foreign key that may not be {@code NULL}
     * points at its own row.
     *
     * @param column the index of the referenced column among the row's columns
     */
    record SameRow(int column) implements Cell {
    }
}
