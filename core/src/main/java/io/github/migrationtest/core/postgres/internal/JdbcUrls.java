package io.github.migrationtest.core.postgres.internal;

/**
 * Rewrites PostgreSQL JDBC URLs; hand-written because PgJDBC parses URLs but cannot print one back.
 */
public final class JdbcUrls {

    private static final String PREFIX = "jdbc:postgresql:";

    private JdbcUrls() {
    }

    /**
     * The same server and parameters, another database:
     * {@code jdbc:postgresql://h:5432/app?ssl=true} becomes {@code jdbc:postgresql://h:5432/mt_x?ssl=true}.
     *
     * @throws IllegalArgumentException if the URL is not a PostgreSQL JDBC URL
     */
    public static String withDatabase(String url, String database) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (expected jdbc:postgresql://host:port/database): "
                    + url);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        String rest = base.substring(PREFIX.length());
        if (!rest.startsWith("//")) {
            // jdbc:postgresql:database means localhost:5432
            return PREFIX + "//localhost:5432/" + database + params;
        }
        int slash = rest.indexOf('/', 2);
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        return PREFIX + hosts + "/" + database + params;
    }
}
