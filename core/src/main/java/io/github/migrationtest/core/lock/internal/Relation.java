package io.github.migrationtest.core.lock.internal;

/**
 * A row of {@code pg_class} as the tracer needs it.
 *
 * @param oid the relation's OID
 * @param schema its schema
 * @param relname its name in the schema
 * @param kind {@code pg_class.relkind}: {@code r}, {@code p}, {@code m}, {@code i}, {@code I}
 * @param filenode {@code pg_class.relfilenode}: a new one means new storage (a rewrite or an index rebuild)
 * @param table for an index, the OID of its table; 0 otherwise
 */
record Relation(long oid, String schema, String relname, String kind, long filenode, long table) {

    /** The name in messages: schema-qualified outside {@code public}. */
    String name() {
        return schema.equals("public") ? relname : schema + "." + relname;
    }

    /** The name in SQL. */
    String quoted() {
        return quote(schema) + "." + quote(relname);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    boolean isIndex() {
        return table != 0;
    }

    /** Tables the application reads and writes: plain, partitioned, materialized views. */
    boolean isTable() {
        return kind.equals("r") || kind.equals("p") || kind.equals("m");
    }
}
