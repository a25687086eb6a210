package io.github.migrationtest.core.rls.internal;

import io.github.migrationtest.core.rls.TenantModel;
import io.github.migrationtest.core.rls.TenantOptions;
import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.GrantSnapshot;
import io.github.migrationtest.core.schema.PolicySnapshot;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Fills in what {@link TenantOptions} leave empty from the catalog; see {@link TenantModel#discover}. */
public final class Discovery {

    private static final Set<String> DML = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    private static final String DEFAULT_SETTING = "app.tenant_id";

    private final Connection connection;
    private final SchemaSnapshot snapshot;
    private final TenantOptions options;

    public Discovery(Connection connection, SchemaSnapshot snapshot, TenantOptions options) {
        this.connection = connection;
        this.snapshot = snapshot;
        this.options = options;
    }

    /** The model, or empty when a part of it could not be found. */
    public Optional<TenantModel> model() throws SQLException {
        List<String> columns = options.tenantColumns().isEmpty() ? mostReferencedColumn().stream().toList()
                : options.tenantColumns();
        Map<String, String> tables = tenantTables(columns);
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> role = options.appRole().isPresent() ? options.appRole() : appRole(tables);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        String setting = options.setting().orElseGet(this::mostReadSetting);
        return Optional.of(new TenantModel(role.get(), tables, setting,
                options.contextSql().orElse(TenantModel.settingContext(setting)), options.globalTables(), options.tenantA(),
                options.tenantB()));
    }

    /** The column name most tables with policies reference in a policy expression. */
    private Optional<String> mostReferencedColumn() {
        Map<String, Set<String>> columnsByTable = columnsByTable();
        Map<String, Set<String>> tablesByColumn = new HashMap<>();
        for (PolicySnapshot policy : snapshot.policies()) {
            String table = policy.schema() + "." + policy.table();
            Set<String> own = columnsByTable.getOrDefault(table, Set.of());
            String text = policy.using().orElse("") + " " + policy.withCheck().orElse("");
            for (String name : Expressions.identifiers(text)) {
                if (own.contains(name)) {
                    tablesByColumn.computeIfAbsent(name, n -> new HashSet<>()).add(table);
                }
            }
        }
        return tablesByColumn.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    private Map<String, Set<String>> columnsByTable() {
        return snapshot.columns().stream().collect(Collectors.groupingBy(c -> c.schema() + "." + c.table(),
                Collectors.mapping(ColumnSnapshot::name, Collectors.toSet())));
    }

    /** Tables and partitioned tables (not partitions) with a tenant column, except the global ones. */
    private Map<String, String> tenantTables(List<String> columns) {
        Map<String, Set<String>> columnsByTable = columnsByTable();
        Map<String, String> tables = new TreeMap<>();
        for (TableSnapshot table : snapshot.tables()) {
            if (table.partitionOf().isPresent() || table.type() == TableSnapshot.Type.FOREIGN
                    || isGlobal(table, options.globalTables())) {
                continue;
            }
            Set<String> own = columnsByTable.getOrDefault(table.path(), Set.of());
            columns.stream().filter(own::contains).findFirst().ifPresent(c -> tables.put(table.path(), c));
        }
        return tables;
    }

    /** Whether the table is named, by path or by name, among the global tables. */
    public static boolean isGlobal(TableSnapshot table, Set<String> globalTables) {
        return globalTables.contains(table.path()) || globalTables.contains(table.name());
    }

    /** The role, neither superuser nor the table's owner, holding DML on most tenant tables. */
    private Optional<String> appRole(Map<String, String> tables) throws SQLException {
        Set<String> superusers = new HashSet<>(Sql.column(connection, "SELECT rolname FROM pg_roles WHERE rolsuper"));
        Map<String, String> owners = snapshot.tables().stream()
                .collect(Collectors.toMap(TableSnapshot::path, TableSnapshot::owner));
        Map<String, Integer> counts = new TreeMap<>();
        for (GrantSnapshot grant : snapshot.grants()) {
            if (!tables.containsKey(grant.object()) || grant.grantee().equals("public")
                    || grant.grantee().equals(owners.get(grant.object())) || superusers.contains(grant.grantee())
                    || grant.privileges().stream().noneMatch(DML::contains)) {
                continue;
            }
            counts.merge(grant.grantee(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The setting policies read most, or {@value #DEFAULT_SETTING}. */
    private String mostReadSetting() {
        Map<String, Integer> counts = new TreeMap<>();
        for (PolicySnapshot policy : snapshot.policies()) {
            String text = policy.using().orElse("") + " " + policy.withCheck().orElse("");
            Expressions.settings(text).forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(DEFAULT_SETTING);
    }
}
