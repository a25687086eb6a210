package io.github.migrationtest.core.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus file format: what it reads, what it refuses and how it says so. */
class CorpusFileTests {

    @Test
    void readsNamesParamsTypesAndLocations() {
        QueryCorpus corpus = QueryCorpus.load("classpath:compat/corpus/0002.sql", "0001");

        assertThat(corpus.version()).isEqualTo("0001");
        assertThat(corpus.queries()).containsExactly(
                new CorpusQuery("find_user", "SELECT id, display_name FROM users WHERE id = $1", List.of("1"),
                        List.of("bigint"), "0002.sql:4"),
                new CorpusQuery("count_users", "SELECT count(*) AS users FROM users", List.of(), List.of(),
                        "0002.sql:7"));
        assertThat(corpus.query("count_users")).map(CorpusQuery::location).contains("0002.sql:7");
        assertThat(corpus.query("nope")).isEmpty();
    }

    @Test
    void paramsKeepCommasInsideLiteralsAndBrackets(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("q.sql");
        Files.writeString(file, """
                -- name: tricky
                -- params: 'a, b', ARRAY[1, 2], 'it''s'
                -- types: text, int[], text
                SELECT $1, $2, $3, '$4 is not a placeholder', ';' AS semicolon;
                """);

        CorpusQuery query = QueryCorpus.load(file.toString(), "1").queries().get(0);

        assertThat(query.params()).containsExactly("'a, b'", "ARRAY[1, 2]", "'it''s'");
        assertThat(query.types()).containsExactly("text", "int[]", "text");
        assertThat(query.sql()).endsWith("';' AS semicolon");
    }

    @Test
    void aFolderIsReadInNameOrderAndNamesAreUniqueAcrossFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.sql"), "-- name: second\nSELECT 2;\n");
        Files.writeString(dir.resolve("a.sql"), "-- name: first\nSELECT 1;\n");
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        assertThat(QueryCorpus.load(dir.toString(), "1").queries()).extracting(CorpusQuery::name)
                .containsExactly("first", "second");

        Files.writeString(dir.resolve("c.sql"), "\n-- name: first\nSELECT 3;\n");
        assertThatThrownBy(() -> QueryCorpus.load(dir.toString(), "1")).isInstanceOf(CorpusException.class)
                .hasMessage("c.sql:3: the name first is already used at a.sql:2. Give each statement its own name.");
    }

    @Test
    void badInputIsRefusedWithTheFileTheLineAndTheFix() {
        assertThatThrownBy(() -> QueryCorpus.load("classpath:compat/bad/unnamed.sql", "1"))
                .isInstanceOf(CorpusException.class)
                .hasMessage("unnamed.sql:4: the statement has no name. Add a line `-- name: <name>` just before it, "
                        + "such as `-- name: list_users`.");
        assertThatThrownBy(() -> QueryCorpus.load("classpath:compat/bad/duplicate.sql", "1"))
                .hasMessage("duplicate.sql:5: the name one is already used at duplicate.sql:2. Give each statement "
                        + "its own name.");
        assertThatThrownBy(() -> QueryCorpus.load("classpath:compat/bad/params.sql", "1"))
                .hasMessage("params.sql:3: find has 2 params but the statement uses 1 placeholder ($1..$1). Give one "
                        + "SQL literal per placeholder in `-- params:`, or remove the line.");
        assertThatThrownBy(() -> QueryCorpus.load("classpath:compat/bad/types.sql", "1"))
                .hasMessage("types.sql:3: find has 1 types but the statement uses 0 placeholders. Give one type per "
                        + "placeholder in `-- types:`, or remove the line.");
        assertThatThrownBy(() -> QueryCorpus.load("classpath:compat/bad/dangling.sql", "1"))
                .hasMessage("dangling.sql:4: `-- name: two` is not followed by a statement. Add the statement, "
                        + "ending with `;`, or remove the line.");
        assertThatThrownBy(() -> QueryCorpus.load("classpath:compat/missing.sql", "1"))
                .hasMessage("The query corpus `classpath:compat/missing.sql` does not exist: no resource "
                        + "compat/missing.sql on the classpath. Check the location, or use a file path such as "
                        + "src/test/resources/compat/missing.sql.");
        assertThatThrownBy(() -> QueryCorpus.load("no/such/corpus.sql", "1"))
                .hasMessageStartingWith("The query corpus `no/such/corpus.sql` does not exist (resolved to ")
                .hasMessageEndingWith("). Check the path, or use classpath:<file> for a file on the test classpath.");
    }

    @Test
    void theTextFormatReadsBackIntoTheSameQueries(@TempDir Path dir) {
        List<CorpusQuery> queries = new java.util.ArrayList<>();
        for (String step : List.of("0003", "0006", "0008", "0009")) {
            queries.addAll(QueryCorpus.load("classpath:compat/corpus/" + step + ".sql", "0001").queries());
        }
        QueryCorpus corpus = QueryCorpus.of("0001", queries);
        Path file = dir.resolve("copy/all.sql");

        corpus.writeTo(file);
        QueryCorpus again = QueryCorpus.load(file.toString(), "0001");

        assertThat(again.queries()).extracting(CorpusQuery::name, CorpusQuery::sql, CorpusQuery::params,
                CorpusQuery::types).containsExactlyElementsOf(corpus.queries().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(q.name(), q.sql(), q.params(), q.types()))
                        .toList());
    }
}
