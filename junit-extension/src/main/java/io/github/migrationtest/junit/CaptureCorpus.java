package io.github.migrationtest.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records the SQL a test's code sends through its injected {@link javax.sql.DataSource} into a query corpus file,
 * so that the queries of a release come from its own tests instead of being written by hand. After the test, every
 * distinct statement (with the parameter values it was first run with) is written as a named query; transaction
 * control and {@code SET} are left out. Replay the file in a later release with
 * {@code @MigrationTest(corpus = "<version>: <file>")}.
 *
 * <pre>{@code
 * @Test
 * @MigratedTo("4")
 * @CaptureCorpus(version = "4", file = "src/test/resources/queries/v4.sql")
 * void ordersRepositoryWorks(DataSource dataSource) { new OrdersRepository(dataSource).listOpen(); }
 * }</pre>
 *
 * <p>The file is rewritten by each test that records into it; give each test a file of its own, or record with one
 * test that exercises the application's queries.
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CaptureCorpus {

    /** The application version whose queries these are: the version the corpus is attached to when replayed. */
    String version();

    /** The corpus file to write, relative to the working directory (the module, under Maven). */
    String file();
}
