package io.github.migrationtest.core.compat.internal;

import io.github.migrationtest.core.compat.CorpusQuery;
import java.util.List;

/** Writes queries in the corpus file format, so that the parser reads back the same queries. */
public final class CorpusWriter {

    private CorpusWriter() {
    }

    /** The file's text: a header comment, then each query with its {@code -- name:} and optional lines. */
    public static String text(String version, List<CorpusQuery> queries) {
        StringBuilder out = new StringBuilder("-- migrationtest query corpus of version " + version + "\n");
        for (CorpusQuery query : queries) {
            out.append('\n').append("-- name: ").append(query.name()).append('\n');
            if (!query.params().isEmpty()) {
                out.append("-- params: ").append(String.join(", ", query.params())).append('\n');
            }
            if (!query.types().isEmpty()) {
                out.append("-- types: ").append(String.join(", ", query.types())).append('\n');
            }
            out.append(query.sql().strip()).append(";\n");
        }
        return out.toString();
    }
}
