/**
 * Implementation details of the assertions. DO NOT USE THESE CLASSES - THEY MAY CHANGE SIGNIFICANTLY IN ANY MINOR
 * UPDATE.
 */
package io.github.migrationtest.assertions.internal;
