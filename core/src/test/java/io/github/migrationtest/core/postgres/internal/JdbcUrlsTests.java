package io.github.migrationtest.core.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JdbcUrlsTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db:5432/app                 | jdbc:postgresql://db:5432/mt_1",
        "jdbc:postgresql://db:5432/app?ssl=true&a=b     | jdbc:postgresql://db:5432/mt_1?ssl=true&a=b",
        "jdbc:postgresql://db:5432/?ssl=true            | jdbc:postgresql://db:5432/mt_1?ssl=true",
        "jdbc:postgresql://db                           | jdbc:postgresql://db/mt_1",
        "jdbc:postgresql://a:1,b:2/app?targetServerType=primary | jdbc:postgresql://a:1,b:2/mt_1?targetServerType=primary",
        "jdbc:postgresql:app                            | jdbc:postgresql://localhost:5432/mt_1",
    })
    void replacesOnlyTheDatabase(String url, String expected) {
        assertThat(JdbcUrls.withDatabase(url, "mt_1")).isEqualTo(expected);
    }

    @Test
    void refusesOtherUrls() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:mysql://db/app", "mt_1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a PostgreSQL JDBC URL (expected jdbc:postgresql://host:port/database): "
                        + "jdbc:mysql://db/app");
    }
}
