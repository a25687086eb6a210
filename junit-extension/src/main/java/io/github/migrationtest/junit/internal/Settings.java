package io.github.migrationtest.junit.internal;

import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.postgres.Provider;
import io.github.migrationtest.junit.KeepDatabase;
import java.util.List;

/**
 * One test class's resolved configuration: annotation attributes over configuration parameters over defaults.
 *
 * @param provider the configured provider, possibly {@link Provider#AUTO}
 * @param majors the configured majors; empty when none was configured (17, or an external server's own)
 * @param imagePattern the Testcontainers image pattern
 * @param keepDatabase the keep policy, never {@link KeepDatabase#DEFAULT}
 * @param externalUrl the external server's JDBC URL, or empty
 * @param externalUser the external server's user
 * @param externalPassword the external server's password
 * @param migrationSettings how migration steps run
 */
public record Settings(Provider provider, List<Integer> majors, String imagePattern, KeepDatabase keepDatabase,
        String externalUrl, String externalUser, String externalPassword, MigrationSettings migrationSettings) {

    @Override
    public String toString() {
        return "Settings[provider=" + provider + ", majors=" + majors + ", image=" + imagePattern + ", keepDatabase="
                + keepDatabase + ", externalUrl=" + externalUrl + "]";
    }
}
