package io.github.migrationtest.core.postgres;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names of the databases this library creates; every one starts with {@value #PREFIX}, so they are easy to recognise
 * on a shared server, and carries this JVM's run id, so two runs against one server never collide.
 *
 * @since 0.1
 */
public final class DatabaseNames {

    /** The prefix of every database this library creates. */
    public static final String PREFIX = "mt_";

    private static final String RUN_ID = Long.toString(new SecureRandom().nextLong() & 0xffffffffL, 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private DatabaseNames() {
    }

    /** This JVM's run id, part of every name it creates. */
    public static String runId() {
        return RUN_ID;
    }

    /** A fresh name for a test database, e.g. {@code mt_1x3k9a_12}. */
    public static String nextTestDatabase() {
        return PREFIX + RUN_ID + "_" + COUNTER.incrementAndGet();
    }

    /**
     * The name of the template for a key; the same key gives the same name within a run.
     *
     * @param key a short description of the template's content, e.g. {@code empty}
     */
    public static String template(String key) {
        String slug = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (slug.length() > 30) {
            slug = slug.substring(0, 21) + "_" + Integer.toHexString(key.hashCode());
        }
        return PREFIX + "tpl_" + RUN_ID + "_" + slug;
    }
}
