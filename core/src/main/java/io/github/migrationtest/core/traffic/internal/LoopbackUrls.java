package io.github.migrationtest.core.traffic.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Refuses traffic towards anything but the local machine: simulated load belongs on a test server. */
public final class LoopbackUrls {

    private static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    private LoopbackUrls() {
    }

    /**
     * Checks that every host of the JDBC URL is a loopback name or address. Names are not resolved, so only
     * {@code localhost}, {@code 127.x.x.x} and {@code ::1} pass.
     *
     * @throws IllegalArgumentException if a host is not loopback, with the host in the message
     */
    public static void requireLoopback(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        String rest = url.substring(PREFIX.length());
        if (!rest.startsWith("//")) {
            return; // jdbc:postgresql:database means localhost
        }
        int end = rest.length();
        for (char c : new char[] {'/', '?'}) {
            int at = rest.indexOf(c, 2);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        for (String hostPort : rest.substring(2, end).split(",")) {
            String host = host(hostPort);
            if (!isLoopback(host)) {
                throw new IllegalArgumentException("traffic simulation only runs against a local server, but the"
                        + " database is on '" + host + "' (" + url + "); use a server on localhost, 127.0.0.1 or ::1");
            }
        }
    }

    private static String host(String hostPort) {
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? hostPort : hostPort.substring(1, close);
        }
        int colon = hostPort.indexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.isEmpty() || h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches() || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }
}
