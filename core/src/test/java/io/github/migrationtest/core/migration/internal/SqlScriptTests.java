package io.github.migrationtest.core.migration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTests {

    @Test
    void splitsAtTopLevelSemicolonsAndKeepsEachStatementsStartLine() {
        List<SqlStatement> statements = SqlScript.parse("""
                -- leading comment
                CREATE TABLE a (id int);

                /* block */ INSERT INTO a VALUES (1);
                SELECT 1""");

        assertThat(statements).extracting(SqlStatement::sql, SqlStatement::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CREATE TABLE a (id int)", 2),
                org.assertj.core.groups.Tuple.tuple("INSERT INTO a VALUES (1)", 4),
                org.assertj.core.groups.Tuple.tuple("SELECT 1", 5));
    }

    @Test
    void semicolonsInStringsIdentifiersCommentsAndDollarQuotesDoNotSplit() {
        List<SqlStatement> statements = SqlScript.parse("""
                INSERT INTO t VALUES ('a;b', 'it''s; fine', E'back\\'slash;', "odd;name");
                -- comment; with semicolon
                /* outer /* nested; */ still comment; */
                CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'x;y'; END $$;
                CREATE FUNCTION g() RETURNS text LANGUAGE plpgsql AS $body$ BEGIN RETURN $$;$$; END $body$;
                SELECT $1::int;
                """);

        assertThat(statements).hasSize(4);
        assertThat(statements.get(0).sql()).endsWith("\"odd;name\")");
        assertThat(statements.get(1).sql()).startsWith("CREATE FUNCTION f()").endsWith("END $$");
        assertThat(statements.get(1).line()).isEqualTo(4);
        assertThat(statements.get(2).sql()).endsWith("END $body$");
        assertThat(statements.get(3).sql()).isEqualTo("SELECT $1::int");
    }

    @Test
    void sqlStandardFunctionBodiesStayWhole() {
        List<SqlStatement> statements = SqlScript.parse("""
                CREATE FUNCTION h(x int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;
                  SELECT 2;
                END;
                SELECT 3;
                """);

        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 6);
        assertThat(statements.get(0).sql()).endsWith("END");
    }

    @Test
    void recognisesStatementsThatCannotRunInATransaction() {
        assertThat(SqlScript.isNonTransactional("create index concurrently i on t (a)")).isTrue();
        assertThat(SqlScript.isNonTransactional("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)")).isTrue();
        assertThat(SqlScript.isNonTransactional("/* why */ DROP INDEX CONCURRENTLY i")).isTrue();
        assertThat(SqlScript.isNonTransactional("REINDEX (VERBOSE) INDEX CONCURRENTLY i")).isTrue();
        assertThat(SqlScript.isNonTransactional("ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY")).isTrue();
        assertThat(SqlScript.isNonTransactional("VACUUM ANALYZE t")).isTrue();
        assertThat(SqlScript.isNonTransactional("ALTER SYSTEM SET work_mem = '8MB'")).isTrue();

        assertThat(SqlScript.isNonTransactional("CREATE INDEX i ON t (a)")).isFalse();
        assertThat(SqlScript.isNonTransactional("ALTER TABLE p DETACH PARTITION p1")).isFalse();
        assertThat(SqlScript.isNonTransactional("INSERT INTO log VALUES ('VACUUM')")).isFalse();
        assertThat(SqlScript.isNonTransactional("SELECT 'CREATE INDEX CONCURRENTLY'")).isFalse();
    }

    @Test
    void theLineOfAnErrorPositionCountsTheStatementsOwnLines() {
        SqlStatement statement = SqlScript.parse("\n\nSELECT 1,\n  2,\n  oops").get(0);

        assertThat(statement.line()).isEqualTo(3);
        assertThat(statement.lineAt(statement.sql().indexOf("oops") + 1)).isEqualTo(5);
    }
}
