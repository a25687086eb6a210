package io.github.migrationtest.core.report.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.lock.RelationLock;
import io.github.migrationtest.core.lock.StatementTrace;
import io.github.migrationtest.core.traffic.TrafficReport;
import java.util.Collection;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A step's lock trace and traffic as JSON, in the form {@code docs/report.md} documents. The trace's sets and maps
 * have no order, so names are sorted: the same run always writes the same text.
 */
final class LockJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LockJson() {
    }

    /** Every statement of the trace, in the order it ran. */
    static ArrayNode statements(LockTrace trace) {
        ArrayNode statements = NODES.arrayNode();
        trace.statements().forEach(statement -> statements.add(statement(statement)));
        return statements;
    }

    /** Each table's traffic, in the order the simulation covered them. */
    static ObjectNode traffic(TrafficReport report) {
        ObjectNode tables = NODES.objectNode();
        report.tables().forEach((name, traffic) -> {
            ObjectNode table = tables.putObject(name);
            table.put("reads", traffic.reads());
            table.put("writes", traffic.writes());
            table.put("longestReadMs", Millis.exact(traffic.longestRead()));
            table.put("longestWriteMs", Millis.exact(traffic.longestWrite()));
            table.put("timeouts", traffic.timeouts());
        });
        return tables;
    }

    private static ObjectNode statement(StatementTrace statement) {
        ObjectNode node = NODES.objectNode();
        node.put("statement", statement.location());
        node.put("sql", statement.sql());
        node.put("transaction", statement.transaction());
        node.put("durationMs", Millis.exact(statement.duration()));
        node.put("lockHeldMs", Millis.exact(statement.lockHeld()));
        ArrayNode locks = node.putArray("locks");
        statement.locksTaken().forEach(lock -> locks.add(lock(lock)));
        names(node.putArray("rewritten"), statement.rewrittenTables());
        names(node.putArray("indexesBuilt"), statement.builtIndexes().keySet());
        names(node.putArray("indexesRebuilt"), statement.rebuiltIndexes().keySet());
        ObjectNode scanned = node.putObject("scannedTuples");
        new TreeMap<>(statement.scannedTuples()).forEach(scanned::put);
        node.put("scansKnown", statement.scansKnown());
        node.put("lockTimeoutSet", statement.lockTimeoutSet());
        if (!statement.probed().isEmpty()) {
            ObjectNode probed = node.putObject("probed");
            new TreeMap<>(statement.probed()).forEach((table, probe) -> {
                ObjectNode result = probed.putObject(table);
                result.put("readsBlocked", probe.readsBlocked());
                result.put("writesBlocked", probe.writesBlocked());
            });
        }
        return node;
    }

    private static ObjectNode lock(RelationLock lock) {
        ObjectNode node = NODES.objectNode();
        node.put("relation", lock.relation());
        node.put("table", lock.table());
        node.put("mode", lock.mode().toString());
        return node;
    }

    private static void names(ArrayNode array, Collection<String> names) {
        new TreeSet<>(names).forEach(array::add);
    }
}
