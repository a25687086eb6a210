package io.github.migrationtest.core.check;

import io.github.migrationtest.core.migration.Versions;
import io.github.migrationtest.core.rls.TenantOptions;
import io.github.migrationtest.core.schema.Equivalence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the battery checks a history. Immutable; every {@code with}-style method returns a copy.
 *
 * <p>Defaults: schemas compared {@linkplain Equivalence#EXACT exactly} except for column order, which is reported
 * on its own as a warning; idempotency checked for no step; a missing down fails; three synthesized rows in every
 * table no fixture fills; every step's up traced for locks; no traffic simulation; tenant isolation checked after
 * every up and down wherever a tenant model is discovered.
 *
 * @param equivalence how the reversibility check compares schemas
 * @param idempotent versions whose up must be idempotent; {@code *} means every step
 * @param noDown what a step without a down means
 * @param irreversible versions declared irreversible, with the reason
 * @param dataLossy versions declared to lose data on up then down, with the reason
 * @param fixtures data fixtures by version, applied in order after the version is reached
 * @param rowsPerTable rows the synthesis writes into each empty table; 0 turns it off
 * @param lockSafety whether each step's up is traced and checked for locks ({@code lock-safe})
 * @param traffic whether background reads and writes run on the step's tables while its up runs
 * @param lockProbe whether, after each traced statement, a second connection tries a read and a write on the tables
 *     left locked (each under a 50 ms lock_timeout)
 * @param tenants how tenants are configured for the {@code tenant-isolated} check (anything left empty is
 *     discovered; the check runs at a step only when a tenant model is found); empty turns the check off
 * @param compat query corpora and rules for the {@code compatible} check
 * @param accepted accepted findings by version, then by {@code <category>/<rule>} ({@code lock/strong-lock-scan}),
 *     with the reason
 * @since 0.1
 */
public record VerificationOptions(Equivalence equivalence, Set<String> idempotent, NoDownPolicy noDown,
        Map<String, String> irreversible, Map<String, String> dataLossy, Map<String, List<DataFixture>> fixtures,
        int rowsPerTable, boolean lockSafety, boolean traffic, boolean lockProbe,
        Map<String, Map<String, String>> accepted, Optional<TenantOptions> tenants, CompatOptions compat) {

    /** Every step idempotent. */
    public static final String ALL = "*";

    /** The defaults described above. */
    public static final VerificationOptions DEFAULTS = new VerificationOptions(Equivalence.EXACT.ignoringColumnOrder(),
            Set.of(), NoDownPolicy.FAIL, Map.of(), Map.of(), Map.of(), 3, true, false, false, Map.of(),
            Optional.of(TenantOptions.defaults()), CompatOptions.NONE);

    public VerificationOptions {
        Objects.requireNonNull(equivalence, "equivalence");
        Objects.requireNonNull(noDown, "noDown");
        idempotent = Set.copyOf(idempotent);
        irreversible = Collections.unmodifiableMap(new LinkedHashMap<>(irreversible));
        dataLossy = Collections.unmodifiableMap(new LinkedHashMap<>(dataLossy));
        Map<String, List<DataFixture>> fixtureCopy = new LinkedHashMap<>();
        fixtures.forEach((version, list) -> fixtureCopy.put(version, List.copyOf(list)));
        fixtures = Collections.unmodifiableMap(fixtureCopy);
        Map<String, Map<String, String>> acceptedCopy = new LinkedHashMap<>();
        accepted.forEach((version, rules) -> acceptedCopy.put(version,
                Collections.unmodifiableMap(new LinkedHashMap<>(rules))));
        accepted = Collections.unmodifiableMap(acceptedCopy);
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(compat, "compat");
        if (rowsPerTable < 0) {
            throw new IllegalArgumentException("rowsPerTable must be 0 or more, was " + rowsPerTable);
        }
    }

    /** The fixtures of a version; versions match as {@link Versions#same} says ({@code 1} is {@code 0001}). */
    public List<DataFixture> fixturesOf(String version) {
        return fixtures.entrySet().stream().filter(entry -> Versions.same(entry.getKey(), version))
                .flatMap(entry -> entry.getValue().stream()).toList();
    }

    /** Whether a version must be idempotent. */
    public boolean isIdempotent(String version) {
        return idempotent.stream().anyMatch(v -> v.equals(ALL) || Versions.same(v, version));
    }

    /** Why a version is declared irreversible, if it is. */
    public Optional<String> irreversibleReason(String version) {
        return lookup(irreversible, version);
    }

    /** Why a version is declared to lose data, if it is. */
    public Optional<String> dataLossReason(String version) {
        return lookup(dataLossy, version);
    }

    /** Why a finding of this rule ({@code lock/strong-lock-scan}) is accepted for a version, if it is. */
    public Optional<String> acceptance(String version, String rule) {
        return accepted.entrySet().stream().filter(entry -> Versions.same(entry.getKey(), version))
                .map(entry -> entry.getValue().get(rule)).filter(Objects::nonNull).findFirst();
    }

    private static Optional<String> lookup(Map<String, String> declarations, String version) {
        return declarations.entrySet().stream().filter(entry -> Versions.same(entry.getKey(), version))
                .map(Map.Entry::getValue).findFirst();
    }

    /** A copy comparing schemas under this equivalence. */
    public VerificationOptions withEquivalence(Equivalence value) {
        return new VerificationOptions(value, idempotent, noDown, irreversible, dataLossy, fixtures, rowsPerTable,
                lockSafety, traffic, lockProbe, accepted, tenants, compat);
    }

    /** A copy that also checks these versions for idempotency; {@link #ALL} for every step. */
    public VerificationOptions withIdempotent(String... versions) {
        Set<String> set = new HashSet<>(idempotent);
        set.addAll(List.of(versions));
        return new VerificationOptions(equivalence, set, noDown, irreversible, dataLossy, fixtures, rowsPerTable,
                lockSafety, traffic, lockProbe, accepted, tenants, compat);
    }

    /** A copy with this policy for steps without a down. */
    public VerificationOptions withNoDown(NoDownPolicy value) {
        return new VerificationOptions(equivalence, idempotent, value, irreversible, dataLossy, fixtures, rowsPerTable,
                lockSafety, traffic, lockProbe, accepted, tenants, compat);
    }

    /** A copy that accepts this version as irreversible. */
    public VerificationOptions withIrreversible(String version, String reason) {
        Map<String, String> map = new LinkedHashMap<>(irreversible);
        map.put(version, reason);
        return new VerificationOptions(equivalence, idempotent, noDown, map, dataLossy, fixtures, rowsPerTable,
                lockSafety, traffic, lockProbe, accepted, tenants, compat);
    }

    /** A copy that accepts data loss for this version. */
    public VerificationOptions withDataLossy(String version, String reason) {
        Map<String, String> map = new LinkedHashMap<>(dataLossy);
        map.put(version, reason);
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, map, fixtures, rowsPerTable,
                lockSafety, traffic, lockProbe, accepted, tenants, compat);
    }

    /** A copy that applies this fixture once the version is reached, after the version's earlier fixtures. */
    public VerificationOptions withFixture(String version, DataFixture fixture) {
        Map<String, List<DataFixture>> map = new LinkedHashMap<>(fixtures);
        List<DataFixture> list = new ArrayList<>(map.getOrDefault(version, List.of()));
        list.add(fixture);
        map.put(version, list);
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, dataLossy, map, rowsPerTable,
                lockSafety, traffic, lockProbe, accepted, tenants, compat);
    }

    /** A copy that synthesizes this many rows per empty table; 0 turns the synthesis off. */
    public VerificationOptions withRowsPerTable(int rows) {
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, dataLossy, fixtures, rows,
                lockSafety, traffic, lockProbe, accepted, tenants, compat);
    }

    /** A copy that traces locks (the {@code lock-safe} check) or not. */
    public VerificationOptions withLockSafety(boolean value) {
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, dataLossy, fixtures,
                rowsPerTable, value, traffic, lockProbe, accepted, tenants, compat);
    }

    /** A copy that runs background traffic during each traced up, or not; traffic needs lock safety on. */
    public VerificationOptions withTraffic(boolean value) {
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, dataLossy, fixtures,
                rowsPerTable, lockSafety, value, lockProbe, accepted, tenants, compat);
    }

    /** A copy that probes the tables a traced statement leaves locked, or not; probing needs lock safety on. */
    public VerificationOptions withLockProbe(boolean value) {
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, dataLossy, fixtures,
                rowsPerTable, lockSafety, traffic, value, accepted, tenants, compat);
    }

    /** A copy with these tenant options for the {@code tenant-isolated} check; empty turns it off. */
    public VerificationOptions withTenants(Optional<TenantOptions> value) {
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, dataLossy, fixtures,
                rowsPerTable, lockSafety, traffic, lockProbe, accepted, value, compat);
    }

    /** A copy with these compatibility options. */
    public VerificationOptions withCompat(CompatOptions value) {
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, dataLossy, fixtures,
                rowsPerTable, lockSafety, traffic, lockProbe, accepted, tenants, value);
    }

    /**
     * A copy that accepts findings of a rule for a version.
     *
     * @param rule {@code <category>/<rule>}, such as {@code lock/strong-lock-scan}
     */
    public VerificationOptions withAccepted(String version, String rule, String reason) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>(accepted);
        Map<String, String> rules = new LinkedHashMap<>(map.getOrDefault(version, Map.of()));
        rules.put(rule, reason);
        map.put(version, rules);
        return new VerificationOptions(equivalence, idempotent, noDown, irreversible, dataLossy, fixtures,
                rowsPerTable, lockSafety, traffic, lockProbe, map, tenants, compat);
    }
}
