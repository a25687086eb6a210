package io.github.migrationtest.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A function, procedure, aggregate or window function ({@code pg_proc}). Overloads are told apart by their argument
 * types, so the path is the signature as {@code regprocedure} writes it: {@code public.touch_updated_at()},
 * {@code public.order_count(bigint)}.
 *
 * <p>The body is the source text as written ({@code prosrc}), or for a SQL-standard body ({@code BEGIN ATOMIC},
 * PostgreSQL 14 and later) as {@code pg_get_function_sqlbody} writes it; see {@link #body()}.
 *
 * @param schema the function's schema
 * @param name the function's name
 * @param argumentTypes the argument types, comma separated, as {@code oidvectortypes} writes them (empty for none)
 * @param type function, procedure, aggregate or window function (the property {@code kind})
 * @param arguments the full argument list with modes, names and defaults ({@code pg_get_function_arguments})
 * @param result the result type ({@code pg_get_function_result}), such as {@code trigger} or
 *     {@code TABLE(id bigint)}; empty for a procedure
 * @param language the language, such as {@code plpgsql} or {@code sql}
 * @param volatility immutable, stable or volatile
 * @param strict whether the function returns null on null input without being called
 * @param securityDefiner whether the function runs with its owner's privileges
 * @param leakproof whether the function is marked leakproof
 * @param parallel parallel safe, restricted or unsafe
 * @param settings the configuration set on call ({@code proconfig}), such as {@code search_path=public}, sorted
 * @param body the source: {@code prosrc} is the text exactly as given to {@code CREATE FUNCTION}, so re-creating
 *     the same function gives the same body, while {@code pg_get_functiondef} would repeat every other property
 *     (one change, two lines); a SQL-standard body has no {@code prosrc} and is deparsed instead
 * @param owner the role that owns the function
 * @since 0.1
 */
public record FunctionSnapshot(String schema, String name, String argumentTypes, Type type, String arguments,
        Optional<String> result, String language, Volatility volatility, boolean strict, boolean securityDefiner,
        boolean leakproof, Parallel parallel, List<String> settings, String body, String owner)
        implements SchemaObject {

    public FunctionSnapshot {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argumentTypes, "argumentTypes");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(volatility, "volatility");
        Objects.requireNonNull(parallel, "parallel");
        settings = settings.stream().sorted().toList();
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(owner, "owner");
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.FUNCTION;
    }

    @Override
    public String path() {
        return schema + "." + name + "(" + argumentTypes + ")";
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", type);
        properties.put("arguments", arguments);
        properties.put("result", result);
        properties.put("language", language);
        properties.put("volatility", volatility);
        properties.put("strict", strict);
        properties.put("security definer", securityDefiner);
        properties.put("leakproof", leakproof);
        properties.put("parallel", parallel);
        properties.put("settings", settings);
        properties.put("body", body);
        properties.put("owner", owner);
        return Collections.unmodifiableMap(properties);
    }

    /**
     * What kind of routine ({@code pg_proc.prokind}).
     *
     * @since 0.1
     */
    public enum Type {
        /** A plain function. */
        FUNCTION("function"),
        /** A procedure, called with {@code CALL}. */
        PROCEDURE("procedure"),
        /** An aggregate function. */
        AGGREGATE("aggregate"),
        /** A window function. */
        WINDOW("window");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What the planner may assume about a function's result ({@code pg_proc.provolatile}).
     *
     * @since 0.1
     */
    public enum Volatility {
        /** The same result for the same arguments, forever. */
        IMMUTABLE("immutable"),
        /** The same result for the same arguments within one statement. */
        STABLE("stable"),
        /** Anything may change between calls. */
        VOLATILE("volatile");

        private final String label;

        Volatility(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Whether a function may run in parallel workers ({@code pg_proc.proparallel}).
     *
     * @since 0.1
     */
    public enum Parallel {
        /** Safe to run in parallel workers. */
        SAFE("safe"),
        /** Only in the parallel group leader. */
        RESTRICTED("restricted"),
        /** Never in parallel mode. */
        UNSAFE("unsafe");

        private final String label;

        Parallel(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
