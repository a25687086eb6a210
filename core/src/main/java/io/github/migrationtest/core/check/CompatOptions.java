package io.github.migrationtest.core.check;

import io.github.migrationtest.core.compat.QueryCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the battery checks backward compatibility ({@code compatible}): the query corpora of earlier application
 * versions, replayed after every later step's up; the role they run as; whether the static breaking-change rules run
 * without a corpus; and whether a step's own version's corpus is replayed after its down (the rollback direction).
 *
 * @param corpora the corpora, each attached to the version whose application issues its queries
 * @param applicationRole the role the queries run as ({@code SET LOCAL ROLE}); empty runs them as the test user
 * @param staticRules whether the schema-diff rules run even with no corpus
 * @param rollback whether the corpus of a step's own version is replayed after the step's down
 * @since 0.1
 */
public record CompatOptions(List<QueryCorpus> corpora, Optional<String> applicationRole, boolean staticRules,
        boolean rollback) {

    /** No corpus, no static rules: the check does not run. */
    public static final CompatOptions NONE = new CompatOptions(List.of(), Optional.empty(), false, false);

    public CompatOptions {
        corpora = List.copyOf(corpora);
        Objects.requireNonNull(applicationRole, "applicationRole");
    }

    /** Whether the {@code compatible} check runs. */
    public boolean enabled() {
        return !corpora.isEmpty() || staticRules;
    }

    /** A copy with one more corpus. */
    public CompatOptions withCorpus(QueryCorpus corpus) {
        List<QueryCorpus> list = new ArrayList<>(corpora);
        list.add(corpus);
        return new CompatOptions(list, applicationRole, staticRules, rollback);
    }

    /** A copy whose queries run as this role. */
    public CompatOptions withApplicationRole(String role) {
        return new CompatOptions(corpora, Optional.of(role), staticRules, rollback);
    }

    /** A copy with the static rules on or off. */
    public CompatOptions withStaticRules(boolean value) {
        return new CompatOptions(corpora, applicationRole, value, rollback);
    }

    /** A copy with the rollback direction on or off. */
    public CompatOptions withRollback(boolean value) {
        return new CompatOptions(corpora, applicationRole, staticRules, value);
    }
}
