package io.github.migrationtest.core.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found about one step.
 *
 * @param category the check family
 * @param rule the rule that found it, stable across releases: {@code schema-restored}
 * @param severity how much it matters
 * @param step the step's version
 * @param message what happened, with the objects' paths and the diff, and what to do
 * @param acceptance why the team accepts it, when they declared it (the finding then fails nothing)
 * @since 0.1
 */
public record Finding(Category category, String rule, Severity severity, String step, String message,
        Optional<String> acceptance) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(acceptance, "acceptance");
    }

    /** A finding nobody accepted yet. */
    public static Finding of(Category category, String rule, Severity severity, String step, String message) {
        return new Finding(category, rule, severity, step, message, Optional.empty());
    }

    /** This finding, accepted for a reason. */
    public Finding accepted(String reason) {
        return new Finding(category, rule, severity, step, message, Optional.of(reason));
    }

    /** This finding with its message prefixed, to say when it was found: {@code after the down: ...}. */
    public Finding prefixed(String prefix) {
        return new Finding(category, rule, severity, step, prefix + message, acceptance);
    }

    /** Whether the finding was accepted. */
    public boolean isAccepted() {
        return acceptance.isPresent();
    }

    /** Whether it fails its check: an error nobody accepted. */
    public boolean fails() {
        return severity == Severity.ERROR && acceptance.isEmpty();
    }

    /** {@code [reversibility/schema-restored error] 0005: message}, and the acceptance if any. */
    @Override
    public String toString() {
        return "[" + category + "/" + rule + " " + severity + "] " + step + ": " + message
                + acceptance.map(reason -> "\n(accepted: " + reason + ")").orElse("");
    }
}
