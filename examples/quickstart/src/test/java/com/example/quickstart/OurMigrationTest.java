package com.example.quickstart;

import io.github.migrationtest.junit.KeepDatabase;
import io.github.migrationtest.junit.MigrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// tag::meta[]
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@MigrationTest(postgres = {"15", "17"}, keepDatabase = KeepDatabase.ON_FAILURE)
public @interface OurMigrationTest {
}
// end::meta[]
