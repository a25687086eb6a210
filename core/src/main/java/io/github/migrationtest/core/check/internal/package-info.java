/**
 * The battery's machinery: the database it walks through a history, and the checks run at each step. Not API.
 */
package io.github.migrationtest.core.check.internal;
