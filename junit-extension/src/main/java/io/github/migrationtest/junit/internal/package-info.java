/**
 * Package for the JUnit extension's implementation details.
 *
 * <p>DO NOT USE THESE CLASSES - THEY MAY CHANGE SIGNIFICANTLY IN ANY MINOR UPDATE.
 */
package io.github.migrationtest.junit.internal;
