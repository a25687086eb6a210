package io.github.migrationtest.core.postgres;

/**
 * Fills a template database once; every database cloned from the template then starts with that content.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DatabaseInitializer {

    /**
     * Fills the database. Close every connection opened here before returning: PostgreSQL cannot clone a database
     * that still has sessions.
     *
     * @param database the new template database
     * @throws Exception if the content cannot be created; the template is then dropped
     */
    void initialize(TestDatabase database) throws Exception;
}
