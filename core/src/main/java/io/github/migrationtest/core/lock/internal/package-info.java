/**
 * The lock tracer's machinery: the connection proxies, the catalog queries run after each statement, and the probe
 * for statements that run outside a transaction. Not API.
 */
package io.github.migrationtest.core.lock.internal;
