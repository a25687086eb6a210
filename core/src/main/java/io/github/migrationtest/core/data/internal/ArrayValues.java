package io.github.migrationtest.core.data.internal;

/** One-dimensional arrays of two elements from the element type's values, as an array literal. */
final class ArrayValues implements ValueSource {

    /** Offsets the second element's row so that it differs from the first and from other rows' first elements. */
    private static final int SECOND = 1000;

    private final ValueSource elements;

    ArrayValues(ValueSource elements) {
        this.elements = elements;
    }

    @Override
    public int variants() {
        return elements.variants();
    }

    @Override
    public String value(int row, int variant) {
        return "{" + element(row, variant) + "," + element(row + SECOND, variant) + "}";
    }

    private String element(int row, int variant) {
        String value = elements.value(row, variant);
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
