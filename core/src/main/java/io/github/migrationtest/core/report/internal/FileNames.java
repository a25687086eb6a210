package io.github.migrationtest.core.report.internal;

/** A suite name as a file name that is valid and harmless on every platform. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * Letters, digits, {@code .}, {@code -} and {@code _} kept, any other character {@code _}; no leading dot (hidden
     * files, {@code ..}); {@code report} when nothing is left. {@code com.acme.Orders Migrations/17} becomes
     * {@code com.acme.Orders_Migrations_17}.
     */
    public static String safe(String suite) {
        String name = suite.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "");
        return name.isEmpty() ? "report" : name;
    }
}
