package io.github.migrationtest.core.check.internal;

import io.github.migrationtest.core.check.Category;
import io.github.migrationtest.core.check.CompatOptions;
import io.github.migrationtest.core.check.CheckResult;
import io.github.migrationtest.core.check.Finding;
import io.github.migrationtest.core.check.NoDownPolicy;
import io.github.migrationtest.core.check.Severity;
import io.github.migrationtest.core.check.StepResult;
import io.github.migrationtest.core.check.Verdict;
import io.github.migrationtest.core.check.VerificationOptions;
import io.github.migrationtest.core.compat.BreakingChanges;
import io.github.migrationtest.core.compat.CorpusBaseline;
import io.github.migrationtest.core.compat.CorpusException;
import io.github.migrationtest.core.compat.CorpusReplayer;
import io.github.migrationtest.core.compat.QueryCorpus;
import io.github.migrationtest.core.compat.ReplayOptions;
import io.github.migrationtest.core.data.DataFingerprint;
import io.github.migrationtest.core.data.TableDataChange;
import io.github.migrationtest.core.lock.LockRules;
import io.github.migrationtest.core.lock.LockTrace;
import io.github.migrationtest.core.migration.MigrationPlan;
import io.github.migrationtest.core.migration.MigrationSettings;
import io.github.migrationtest.core.migration.MigrationSource;
import io.github.migrationtest.core.migration.MigrationStep;
import io.github.migrationtest.core.migration.Versions;
import io.github.migrationtest.core.postgres.PostgresServer;
import io.github.migrationtest.core.schema.Equivalence;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.traffic.TrafficReport;
import io.github.migrationtest.core.traffic.TrafficSimulator;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks one database through a history, step by step, and runs every check at each step: applies, reversible,
 * keeps-data, idempotent. One up, down and up per step, then the step's fixtures and synthesized rows, so every
 * later step runs against data.
 */
public final class Battery implements AutoCloseable {

    private final Workspace workspace;
    private final MigrationPlan plan;
    private final List<StepResult> results = new ArrayList<>();
    private Optional<MigrationStep> failedToApply = Optional.empty();
    // the tenant findings of the state the next step starts from: a step reports only the leaks it opens
    private Set<String> tenantBaseline = Set.of();
    // result shapes of each corpus, captured when the battery reaches the corpus's version
    private final Map<String, CorpusBaseline> corpusBaselines = new LinkedHashMap<>();
    // a broken query is reported at the first step that breaks it, not again at every later one
    private final Set<String> brokenQueries = new java.util.HashSet<>();
    private static final java.util.regex.Pattern QUERY = java.util.regex.Pattern.compile("^Query \\S+ \\([^)]*\\)");

    public Battery(PostgresServer server, MigrationSource source, MigrationSettings settings,
            VerificationOptions options) {
        this.workspace = new Workspace(server, source, settings, options);
        this.plan = workspace.migrator().plan();
    }

    /**
     * Positions the battery just before a step: a fresh database migrated through the earlier steps, each with its
     * fixtures and synthesized rows, so that {@link #next()} checks that step.
     */
    public void skipTo(MigrationStep step) throws SQLException {
        int index = plan.indexOf(step);
        workspace.rebuild(plan.steps().subList(0, index));
        while (results.size() < index) {
            results.add(new StepResult(plan.steps().get(results.size()), List.of(), Map.of()));
        }
    }

    public MigrationPlan plan() {
        return plan;
    }

    public List<StepResult> results() {
        return List.copyOf(results);
    }

    public Map<String, String> unfillableTables() {
        return Map.copyOf(workspace.unfillable());
    }

    public boolean hasNext() {
        return results.size() < plan.steps().size();
    }

    /** Runs the next step's checks. */
    public StepResult next() {
        MigrationStep step = plan.steps().get(results.size());
        StepResult result;
        if (failedToApply.isPresent()) {
            String reason = "an earlier step, " + failedToApply.get().label() + ", failed to apply";
            result = new StepResult(step, List.of(CheckResult.skipped(CheckResult.APPLIES, reason),
                    CheckResult.skipped(CheckResult.REVERSIBLE, reason),
                    CheckResult.skipped(CheckResult.KEEPS_DATA, reason)), Map.of());
        } else {
            try {
                result = new StepRun(step).run();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the catalog or rows of " + workspace.database().name()
                        + " at " + step.label() + ": " + e.getMessage(), e);
            }
        }
        results.add(result);
        return result;
    }

    @Override
    public void close() {
        workspace.close();
    }

    /** The checks of one step, with the timings of its phases. */
    private final class StepRun {

        private final MigrationStep step;
        private final String version;
        private final Map<String, Duration> timings = new LinkedHashMap<>();
        private final List<CheckResult> checks = new ArrayList<>();
        private final VerificationOptions options = workspace.options();
        private Optional<LockTrace> lockTrace = Optional.empty();
        private Optional<TrafficReport> traffic = Optional.empty();
        private Optional<List<Finding>> tenantCheck = Optional.empty();
        private final List<Finding> compatFindings = new ArrayList<>();
        private final Set<String> baselineBefore = tenantBaseline;

        StepRun(MigrationStep step) {
            this.step = step;
            this.version = step.version();
        }

        StepResult run() throws SQLException {
            SchemaSnapshot before = workspace.schema();
            DataFingerprint rowsBefore = workspace.data();
            long start = System.nanoTime();
            try {
                timed("up", this::firstUp);
            } catch (RuntimeException e) {
                failedToApply = Optional.of(step);
                checks.add(CheckResult.of(CheckResult.APPLIES, List.of(Finding.of(Category.APPLY, "up-fails",
                        Severity.ERROR, version, "up failed: " + e.getMessage())), since(start)));
                String reason = "the up failed";
                checks.add(CheckResult.skipped(CheckResult.REVERSIBLE, reason));
                checks.add(CheckResult.skipped(CheckResult.KEEPS_DATA, reason));
                return result();
            }
            checks.add(CheckResult.of(CheckResult.APPLIES, List.of(), since(start)));
            lockTrace.ifPresent(trace -> checks.add(CheckResult.of(CheckResult.LOCK_SAFE, LockRules.findings(trace),
                    trace.statements().stream().map(statement -> statement.duration())
                            .reduce(Duration.ZERO, Duration::plus))));
            SchemaSnapshot afterUp = timedCapture();
            tenants(AFTER_UP, afterUp);
            compatible(before, afterUp);
            reversibleAndKeepsData(before, rowsBefore, afterUp);
            tenantCheck.ifPresent(findings -> checks.add(CheckResult.of(CheckResult.TENANT_ISOLATED, findings,
                    timings.getOrDefault("tenants", Duration.ZERO))));
            if (options.compat().enabled()) {
                checks.add(CheckResult.of(CheckResult.COMPATIBLE, compatFindings,
                        timings.getOrDefault("compat", Duration.ZERO)));
            }
            if (idempotencyRequested()) {
                idempotent();
            }
            return result();
        }

        private void reversibleAndKeepsData(SchemaSnapshot before, DataFingerprint rowsBefore,
                SchemaSnapshot afterUp) throws SQLException {
            long start = System.nanoTime();
            Optional<String> irreversible = declared(options.irreversibleReason(version), "irreversible");
            if (!step.hasDown()) {
                Finding noDown = Finding.of(Category.REVERSIBILITY, "no-down",
                        options.noDown() == NoDownPolicy.FAIL ? Severity.ERROR : Severity.WARNING, version,
                        "no down: " + step.noDownReason().orElse("none is defined") + ". Add one, or declare the step "
                                + "irreversible: " + howToDeclare("irreversible"));
                checks.add(CheckResult.of(CheckResult.REVERSIBLE, List.of(accept(noDown, irreversible)),
                        since(start)));
                checks.add(CheckResult.skipped(CheckResult.KEEPS_DATA, "the step has no down"));
                reached(afterUp);
                return;
            }
            List<Finding> findings = new ArrayList<>();
            try {
                timed("down", () -> workspace.migrator().down(step));
            } catch (RuntimeException e) {
                findings.add(Finding.of(Category.REVERSIBILITY, "down-fails", Severity.ERROR, version,
                        "down failed: " + e.getMessage()));
                finishReversible(findings, irreversible, start);
                checks.add(CheckResult.skipped(CheckResult.KEEPS_DATA, "the down failed"));
                rebuild();
                return;
            }
            SchemaSnapshot afterDown = timedCapture();
            tenants("after the down", afterDown);
            rollbackCompatible(afterUp, afterDown);
            long dataStart = System.nanoTime();
            DataFingerprint rowsAfterDown = workspace.captureData(afterDown);
            add("data", since(dataStart));
            compareSchemas(findings, before, afterDown);
            CheckResult keepsData = keepsData(rowsBefore, rowsAfterDown, since(dataStart));
            try {
                timed("up again", () -> workspace.migrator().up(step));
            } catch (RuntimeException e) {
                findings.add(Finding.of(Category.REVERSIBILITY, "up-again-fails", Severity.ERROR, version,
                        "up after down failed, so the down leaves something behind that the up creates: "
                                + e.getMessage()));
                finishReversible(findings, irreversible, start);
                checks.add(keepsData);
                rebuild();
                return;
            }
            SchemaSnapshot again = timedCapture();
            SchemaDiff second = SchemaDiff.between(afterUp, again, Equivalence.EXACT);
            if (!second.isEmpty()) {
                findings.add(Finding.of(Category.REVERSIBILITY, "up-again-differs", Severity.ERROR, version,
                        "up after down gives another schema than the first up (- first up, + up again):\n"
                                + second));
            }
            finishReversible(findings, irreversible, start);
            checks.add(keepsData);
            reached(again);
        }

        private void compareSchemas(List<Finding> findings, SchemaSnapshot before, SchemaSnapshot afterDown) {
            SchemaDiff diff = SchemaDiff.between(before, afterDown, options.equivalence());
            if (!diff.isEmpty()) {
                findings.add(Finding.of(Category.REVERSIBILITY, "schema-restored", Severity.ERROR, version,
                        "up then down leaves the schema different from before the up (- before up, + after "
                                + "down):\n" + diff + "\nMake the down restore these, or declare the step "
                                + "irreversible: " + howToDeclare("irreversible")));
                return;
            }
            SchemaDiff exact = SchemaDiff.between(before, afterDown, Equivalence.EXACT);
            if (!exact.isEmpty()) {
                findings.add(Finding.of(Category.REVERSIBILITY, "column-order", Severity.WARNING, version,
                        "up then down restores every object, but not every column at its position (- before up, "
                                + "+ after down):\n" + exact));
            }
        }

        private CheckResult keepsData(DataFingerprint rowsBefore, DataFingerprint rowsAfterDown, Duration duration) {
            Optional<String> lossy = declared(options.dataLossReason(version), "data-lossy");
            List<Finding> findings = new ArrayList<>();
            for (TableDataChange change : rowsBefore.changesTo(rowsAfterDown)) {
                findings.add(accept(Finding.of(Category.DATA, "rows-restored", Severity.ERROR, version,
                        "up then down changed the rows of " + change.describe() + "\nMake the down restore them, "
                                + "or declare the loss: " + howToDeclare("data-lossy")), lossy));
            }
            return CheckResult.of(CheckResult.KEEPS_DATA, findings, duration);
        }

        private void idempotent() throws SQLException {
            long start = System.nanoTime();
            SchemaSnapshot before = workspace.schema();
            DataFingerprint rowsBefore = workspace.data();
            List<Finding> findings = new ArrayList<>();
            try {
                timed("rerun", () -> workspace.migrator().rerun(step));
            } catch (UnsupportedOperationException e) {
                checks.add(CheckResult.skipped(CheckResult.IDEMPOTENT, e.getMessage()));
                return;
            } catch (RuntimeException e) {
                findings.add(Finding.of(Category.IDEMPOTENCY, "rerun-fails", Severity.ERROR, version,
                        "running the up a second time failed: " + e.getMessage()
                                + "\nGuard it (IF NOT EXISTS, ON CONFLICT DO NOTHING, a WHERE that skips done rows)."));
                checks.add(CheckResult.of(CheckResult.IDEMPOTENT, findings, since(start)));
                rebuild();
                return;
            }
            SchemaSnapshot after = timedCapture();
            SchemaDiff diff = SchemaDiff.between(before, after, Equivalence.EXACT);
            if (!diff.isEmpty()) {
                findings.add(Finding.of(Category.IDEMPOTENCY, "schema-changed", Severity.ERROR, version,
                        "running the up a second time changed the schema (- after one up, + after two):\n" + diff));
            }
            long dataStart = System.nanoTime();
            DataFingerprint rowsAfter = workspace.captureData(after);
            add("data", since(dataStart));
            for (TableDataChange change : rowsBefore.changesTo(rowsAfter)) {
                findings.add(Finding.of(Category.IDEMPOTENCY, "data-changed", Severity.ERROR, version,
                        "running the up a second time changed the rows of " + change.describe()));
            }
            checks.add(CheckResult.of(CheckResult.IDEMPOTENT, findings, since(start)));
            if (!findings.isEmpty()) {
                rebuild(); // the next step must start from one up of this one
            }
        }

        // static rules and the live probe on the state now; a leak opened by a down is a leak too. Leaks present
        // before the step were reported by the step that opened them.
        private void tenants(String when, SchemaSnapshot snapshot) throws SQLException {
            long start = System.nanoTime();
            Optional<List<Finding>> found = workspace.tenantFindings(snapshot, version);
            add("tenants", since(start));
            if (when.equals(AFTER_UP)) {
                tenantBaseline = found.orElse(List.of()).stream().map(Battery::key).collect(Collectors.toSet());
            }
            found.ifPresent(findings -> {
                List<Finding> all = new ArrayList<>(tenantCheck.orElse(List.of()));
                findings.stream().filter(finding -> !baselineBefore.contains(key(finding)))
                        .forEach(finding -> all.add(finding.prefixed(when + ": ")));
                tenantCheck = Optional.of(all);
            });
        }

        // the earlier versions' queries after this up, the static rules, then this version's own baseline
        private void compatible(SchemaSnapshot before, SchemaSnapshot afterUp) {
            CompatOptions compat = options.compat();
            if (!compat.enabled()) {
                return;
            }
            long start = System.nanoTime();
            SchemaDiff diff = SchemaDiff.between(before, afterUp);
            compatFindings.addAll(BreakingChanges.findings(before, afterUp, version));
            for (CorpusBaseline baseline : corpusBaselines.values()) {
                for (Finding finding : CorpusReplayer.replay(workspace.database(), baseline, replay(diff))) {
                    java.util.regex.Matcher query = QUERY.matcher(finding.message());
                    if (!query.find() || brokenQueries.add(query.group())) {
                        compatFindings.add(finding);
                    }
                }
            }
            for (QueryCorpus corpus : compat.corpora()) {
                if (Versions.same(corpus.version(), version)) {
                    try {
                        corpusBaselines.put(corpus.version(), CorpusBaseline.capture(workspace.database(), corpus,
                                compat.applicationRole()));
                    } catch (CorpusException e) {
                        compatFindings.add(Finding.of(Category.COMPAT, "corpus-fails-at-own-version",
                                Severity.ERROR, version, e.getMessage()));
                    }
                }
            }
            add("compat", since(start));
        }

        // the rollback direction: this version's own queries after the down
        private void rollbackCompatible(SchemaSnapshot afterUp, SchemaSnapshot afterDown) {
            CompatOptions compat = options.compat();
            if (!compat.rollback()) {
                return;
            }
            long start = System.nanoTime();
            compat.corpora().stream().filter(corpus -> Versions.same(corpus.version(), version))
                    .map(corpus -> corpusBaselines.get(corpus.version())).filter(java.util.Objects::nonNull)
                    .forEach(baseline -> CorpusReplayer.replay(workspace.database(), baseline,
                            replay(SchemaDiff.between(afterUp, afterDown)))
                            .forEach(finding -> compatFindings.add(finding.prefixed("after the down: "))));
            add("compat", since(start));
        }

        private ReplayOptions replay(SchemaDiff diff) {
            ReplayOptions replay = ReplayOptions.forStep(version).explainedBy(diff);
            return options.compat().applicationRole().map(replay::asRole).orElse(replay);
        }

        // with lock safety on, the first up runs traced, under simulated traffic if asked
        private void firstUp() {
            if (!options.lockSafety()) {
                workspace.migrator().up(step);
                return;
            }
            TrafficSimulator simulator = options.traffic() && !workspace.schema().tables().isEmpty()
                    ? workspace.startTraffic(version) : null;
            try {
                lockTrace = Optional.of(workspace.traceUp(step));
            } finally {
                if (simulator != null) {
                    traffic = Optional.of(simulator.stop());
                }
            }
        }

        private boolean idempotencyRequested() {
            return options.isIdempotent(version) || step.marker("idempotent").isPresent();
        }

        private void finishReversible(List<Finding> findings, Optional<String> irreversible, long start) {
            checks.add(CheckResult.of(CheckResult.REVERSIBLE,
                    findings.stream().map(finding -> accept(finding, irreversible)).toList(), since(start)));
        }

        private void reached(SchemaSnapshot current) throws SQLException {
            long start = System.nanoTime();
            try {
                Map<String, String> cannot = workspace.reached(step, current);
                if (!cannot.isEmpty()) {
                    List<Finding> infos = new ArrayList<>();
                    cannot.forEach((table, reason) -> infos.add(Finding.of(Category.DATA, "unfillable-table",
                            Severity.INFO, version, "no rows synthesized for " + table + ": " + reason
                                    + ". Add a data fixture for version " + version + " to cover it.")));
                    attachToKeepsData(infos);
                }
            } catch (Workspace.FixtureException e) {
                attachToKeepsData(List.of(Finding.of(Category.DATA, "fixture-fails", Severity.ERROR, version,
                        e.getMessage())));
            }
            add("data", since(start));
        }

        // the infos and fixture failures belong to the data check of the step that reached the state
        private void attachToKeepsData(List<Finding> extra) {
            for (int i = 0; i < checks.size(); i++) {
                CheckResult check = checks.get(i);
                if (check.check().equals(CheckResult.KEEPS_DATA)) {
                    List<Finding> all = new ArrayList<>(check.findings());
                    all.addAll(extra);
                    checks.set(i, check.skipReason().isPresent() && extra.stream().allMatch(f -> !f.fails())
                            ? check : CheckResult.of(CheckResult.KEEPS_DATA, all, check.duration()));
                    return;
                }
            }
            checks.add(CheckResult.of(CheckResult.KEEPS_DATA, extra, Duration.ZERO));
        }

        private void rebuild() throws SQLException {
            long start = System.nanoTime();
            workspace.rebuild(plan.steps().subList(0, plan.indexOf(step) + 1));
            add("rebuild", since(start));
        }

        private Optional<String> declared(Optional<String> reason, String marker) {
            return reason.isPresent() ? reason : step.marker(marker).map(text -> text.isEmpty()
                    ? "declared " + marker + " in " + step.location() : text);
        }

        private String howToDeclare(String marker) {
            return "a `-- migrationtest:" + marker + " <reason>` comment in the step, or "
                    + (marker.equals("irreversible") ? "irreversible" : "dataLossy") + " = \"" + version
                    + ": <reason>\" on @MigrationTest.";
        }

        private SchemaSnapshot timedCapture() throws SQLException {
            long start = System.nanoTime();
            SchemaSnapshot snapshot = workspace.captureSchema();
            add("snapshots", since(start));
            return snapshot;
        }

        private void timed(String phase, Runnable action) {
            long start = System.nanoTime();
            try {
                action.run();
            } finally {
                add(phase, since(start));
            }
        }

        private void add(String phase, Duration duration) {
            timings.merge(phase, duration, Duration::plus);
        }

        private StepResult result() {
            return new StepResult(step, checks.stream().map(this::withAcceptances).toList(), timings, lockTrace,
                    traffic);
        }

        // a finding of rule c/r is accepted by `accepted = "7 c/r: reason"` or a `-- migrationtest:c/r reason` marker
        private CheckResult withAcceptances(CheckResult check) {
            if (check.verdict() == Verdict.SKIPPED || check.findings().stream().noneMatch(finding -> !finding
                    .isAccepted() && acceptance(finding).isPresent())) {
                return check;
            }
            return CheckResult.of(check.check(), check.findings().stream().map(finding -> finding.isAccepted()
                    ? finding : accept(finding, acceptance(finding))).toList(), check.duration());
        }

        private Optional<String> acceptance(Finding finding) {
            String rule = finding.category().id() + "/" + finding.rule();
            return declared(options.acceptance(version, rule), rule);
        }
    }

    private static final String AFTER_UP = "after the up";

    private static String key(Finding finding) {
        return finding.rule() + "|" + finding.message();
    }

    private static Finding accept(Finding finding, Optional<String> reason) {
        return reason.isPresent() && finding.severity() != Severity.INFO ? finding.accepted(reason.get()) : finding;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
