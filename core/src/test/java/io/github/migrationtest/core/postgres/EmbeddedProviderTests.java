package io.github.migrationtest.core.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.migrationtest.core.postgres.internal.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedProviderTests {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {13, 18})
    void startsTheRequestedMajorWithTestSpeedSettingsOnTmpfs(int major) throws SQLException {
        PostgresServer server = PostgresServers.shared().server(ServerSpec.embedded(major));

        assertThat(server.majorVersion()).isEqualTo(major);
        assertThat(server).isInstanceOf(EmbeddedPostgresServer.class);
        assertThat(((EmbeddedPostgresServer) server).dataDirectory()).startsWith(java.nio.file.Path.of("/dev/shm/migrationtest"));
        TestDatabase database = server.createDatabase();
        try (Connection connection = database.connect()) {
            assertThat(settings(connection, "fsync", "synchronous_commit", "full_page_writes", "server_version_num"))
                    .containsEntry("fsync", "off")
                    .containsEntry("synchronous_commit", "off")
                    .containsEntry("full_page_writes", "off")
                    .hasEntrySatisfying("server_version_num", v -> assertThat(v).startsWith(Integer.toString(major)));
        } finally {
            server.dropDatabase(database.name());
        }
    }

    @Test
    void oneServerPerSpec() {
        PostgresServer first = PostgresServers.shared().server(ServerSpec.embedded(17));
        PostgresServer second = PostgresServers.shared().server(ServerSpec.embedded(17));

        assertThat(second).isSameAs(first);
        assertThat(first.majorVersion()).isEqualTo(17);
    }

    @Test
    void unsupportedMajorListsTheSupportedOnes() {
        assertThatThrownBy(() -> PostgresServers.shared().server(ServerSpec.embedded(12)))
                .isInstanceOf(ProvisioningException.class)
                .hasMessage("PostgreSQL 12 is not supported by the embedded provider. "
                        + "Supported versions: [13, 14, 15, 16, 17, 18].");
    }

    static Map<String, String> settings(Connection connection, String... names) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        }
        return values;
    }
}
