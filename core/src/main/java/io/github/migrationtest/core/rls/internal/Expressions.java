package io.github.migrationtest.core.rls.internal;

import io.github.migrationtest.core.schema.PolicySnapshot;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a policy's expressions (as {@code pg_get_expr} writes them) say about the tenant and its context. */
public final class Expressions {

    private static final Pattern SETTING = Pattern.compile("current_setting\\(\\s*'([^']+)'", Pattern.CASE_INSENSITIVE);
    private static final Pattern FALLBACK = Pattern.compile("\\bcoalesce\\s*\\(|\\bis\\s+null\\b",
            Pattern.CASE_INSENSITIVE);
    // one argument: errors when the setting was never defined in the session
    private static final Pattern WITHOUT_MISSING_OK = Pattern.compile(
            "current_setting\\(\\s*'[^']*'(::text)?\\s*\\)", Pattern.CASE_INSENSITIVE);
    // a cast straight on current_setting(k, true): '' (after any transaction set k) fails to cast
    private static final Pattern CAST_OF_EMPTY = Pattern.compile(
            "current_setting\\(\\s*'[^']*'(::text)?\\s*,\\s*true\\s*\\)\\)?::(?!text\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9$]*");

    private Expressions() {
    }

    /** The expression checked on reads: USING, which INSERT policies have none of. */
    public static Optional<String> read(PolicySnapshot policy) {
        return policy.command() == PolicySnapshot.Command.INSERT ? Optional.empty() : policy.using();
    }

    /** The expression checked on writes: WITH CHECK, or else USING (except for INSERT policies). */
    public static Optional<String> write(PolicySnapshot policy) {
        return switch (policy.command()) {
            case SELECT, DELETE -> Optional.empty();
            case INSERT -> policy.withCheck();
            default -> policy.withCheck().or(policy::using);
        };
    }

    /** Whether the expression names the column as a whole word. */
    public static boolean references(String expression, String column) {
        return Pattern.compile("(?<![A-Za-z_0-9$.])\"?" + Pattern.quote(column) + "\"?(?![A-Za-z_0-9$])")
                .matcher(expression).find();
    }

    /** The identifiers an expression names, to count candidate tenant columns. */
    public static Set<String> identifiers(String expression) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = IDENTIFIER.matcher(expression.replaceAll("'[^']*'", "''"));
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    /** The settings the expression reads with {@code current_setting}. */
    public static Set<String> settings(String expression) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = SETTING.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A {@code coalesce(...)} or {@code IS NULL} that widens the policy when the context is missing. */
    public static boolean hasFallback(String expression) {
        return FALLBACK.matcher(expression).find();
    }

    /** A one-argument {@code current_setting}, which errors instead of denying when the context is missing. */
    public static boolean lacksMissingOk(String expression) {
        return WITHOUT_MISSING_OK.matcher(expression).find();
    }

    /** A plain cast of {@code current_setting(k, true)}, which fails on the empty string a reset setting holds. */
    public static boolean castsEmpty(String expression) {
        return CAST_OF_EMPTY.matcher(expression).find();
    }
}
