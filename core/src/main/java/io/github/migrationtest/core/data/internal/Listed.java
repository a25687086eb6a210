package io.github.migrationtest.core.data.internal;

import java.util.List;
import java.util.function.IntFunction;

/** Values computed per row by a few alternative functions, one per variant. */
final class Listed implements ValueSource {

    private final List<IntFunction<String>> variants;

    Listed(List<IntFunction<String>> variants) {
        this.variants = List.copyOf(variants);
    }

    @Override
    public int variants() {
        return variants.size();
    }

    @Override
    public String value(int row, int variant) {
        return variants.get(variant).apply(row);
    }
}
