/** The parts of row synthesis: value generators, table plans, fill order and the insert loop. Not an API. */
package io.github.migrationtest.core.data.internal;
