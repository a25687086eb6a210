package io.github.migrationtest.core.schema.internal;

import io.github.migrationtest.core.schema.ColumnSnapshot;
import io.github.migrationtest.core.schema.CommentSnapshot;
import io.github.migrationtest.core.schema.CompositeTypeSnapshot;
import io.github.migrationtest.core.schema.ConstraintSnapshot;
import io.github.migrationtest.core.schema.DefaultPrivilegeSnapshot;
import io.github.migrationtest.core.schema.DomainSnapshot;
import io.github.migrationtest.core.schema.EnumTypeSnapshot;
import io.github.migrationtest.core.schema.Equivalence;
import io.github.migrationtest.core.schema.ExtensionSnapshot;
import io.github.migrationtest.core.schema.FunctionSnapshot;
import io.github.migrationtest.core.schema.GrantSnapshot;
import io.github.migrationtest.core.schema.IndexSnapshot;
import io.github.migrationtest.core.schema.NamespaceSnapshot;
import io.github.migrationtest.core.schema.SchemaObject;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.SequenceSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import io.github.migrationtest.core.schema.ViewSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rewrites a snapshot as an {@link Equivalence} compares it. Not for use outside this library. */
public final class EquivalenceRules {

    /** The suffixes PostgreSQL's {@code ChooseConstraintName} and {@code ChooseIndexName} append, maybe numbered. */
    private static final Pattern GENERATED_SUFFIX = Pattern.compile(".*_(pkey|key|fkey|check|excl|not_null|idx)\\d*");

    private EquivalenceRules() {
    }

    public static SchemaSnapshot apply(Equivalence equivalence, SchemaSnapshot snapshot) {
        List<Pattern> excluded = equivalence.excludedPaths().stream().map(EquivalenceRules::glob).toList();
        List<SchemaObject> objects = new ArrayList<>();
        for (SchemaObject object : snapshot.objects()) {
            if (equivalence.ignoreComments() && object instanceof CommentSnapshot) {
                continue;
            }
            String schema = schemaOf(object);
            // objects of no schema (default privileges for every schema) are always compared
            if (schema != null && (equivalence.excludedSchemas().contains(schema)
                    || !equivalence.includedSchemas().isEmpty() && !equivalence.includedSchemas().contains(schema))) {
                continue;
            }
            if (excluded.stream().anyMatch(glob -> matches(glob, object))) {
                continue;
            }
            objects.add(rewrite(equivalence, object));
        }
        return SchemaSnapshot.of(objects);
    }

    private static SchemaObject rewrite(Equivalence equivalence, SchemaObject object) {
        if (equivalence.ignoreColumnOrder() && object instanceof ColumnSnapshot c) {
            return new ColumnSnapshot(c.schema(), c.table(), c.name(), 0, c.type(), c.notNull(),
                    c.defaultExpression(), c.identity(), c.generated(), c.collation());
        }
        if (equivalence.ignoreOwners()) {
            if (object instanceof NamespaceSnapshot n) {
                return new NamespaceSnapshot(n.name(), "");
            }
            if (object instanceof TableSnapshot t) {
                return new TableSnapshot(t.schema(), t.name(), t.type(), t.persistence(), t.rowSecurity(),
                        t.forceRowSecurity(), "", t.partitionKey(), t.partitionOf(), t.partitionBound());
            }
            if (object instanceof ViewSnapshot v) {
                return new ViewSnapshot(v.schema(), v.name(), v.materialized(), v.definition(), v.options(), "");
            }
            if (object instanceof SequenceSnapshot s) {
                object = new SequenceSnapshot(s.schema(), s.name(), s.type(), s.start(), s.increment(), s.minValue(),
                        s.maxValue(), s.cycle(), s.ownedBy(), "", s.lastValue());
            }
            if (object instanceof EnumTypeSnapshot e) {
                return new EnumTypeSnapshot(e.schema(), e.name(), e.labels(), "");
            }
            if (object instanceof CompositeTypeSnapshot c) {
                return new CompositeTypeSnapshot(c.schema(), c.name(), c.attributes(), "");
            }
            if (object instanceof DomainSnapshot d) {
                return new DomainSnapshot(d.schema(), d.name(), d.type(), d.notNull(), d.defaultExpression(),
                        d.constraints(), "");
            }
            if (object instanceof FunctionSnapshot f) {
                return new FunctionSnapshot(f.schema(), f.name(), f.argumentTypes(), f.type(), f.arguments(),
                        f.result(), f.language(), f.volatility(), f.strict(), f.securityDefiner(), f.leakproof(),
                        f.parallel(), f.settings(), f.body(), "");
            }
        }
        // after owners, so that a sequence can lose both
        if (equivalence.ignoreSequenceValues() && object instanceof SequenceSnapshot s) {
            return new SequenceSnapshot(s.schema(), s.name(), s.type(), s.start(), s.increment(), s.minValue(),
                    s.maxValue(), s.cycle(), s.ownedBy(), s.owner(), Optional.empty());
        }
        if (equivalence.ignoreGeneratedNames()) {
            if (object instanceof ConstraintSnapshot c && generated(c.table(), c.name())) {
                return new ConstraintSnapshot(c.schema(), c.table(), "(" + c.definition() + ")", c.type(),
                        c.definition(), c.validated(), c.deferrable(), c.deferred(), c.enforced());
            }
            if (object instanceof IndexSnapshot i
                    && generated(i.table().substring(i.table().indexOf('.') + 1), i.name())) {
                String definition = i.definition().replace(" INDEX " + i.name() + " ON ", " INDEX ON ");
                return new IndexSnapshot(i.schema(), "(" + definition + ")", i.table(), definition, i.unique(),
                        i.primary(), i.valid(), i.predicate());
            }
        }
        return object;
    }

    private static boolean generated(String table, String name) {
        return name.startsWith(table + "_") && GENERATED_SUFFIX.matcher(name.substring(table.length())).matches();
    }

    /** The schema of an object's path's first name; {@code null} for default privileges for every schema. */
    private static String schemaOf(SchemaObject object) {
        if (object instanceof DefaultPrivilegeSnapshot d) {
            return d.schema().orElse(null);
        }
        if (object instanceof ExtensionSnapshot e) {
            return e.schema();
        }
        String path = object instanceof GrantSnapshot g ? g.object()
                : object instanceof CommentSnapshot c ? c.object() : object.path();
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    private static boolean matches(Pattern glob, SchemaObject object) {
        if (glob.matcher(object.path()).matches()) {
            return true;
        }
        if (object instanceof GrantSnapshot g) {
            return glob.matcher(g.object()).matches();
        }
        if (object instanceof CommentSnapshot c) {
            return glob.matcher(c.object()).matches();
        }
        return object instanceof IndexSnapshot i && glob.matcher(i.table()).matches();
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
