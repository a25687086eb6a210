package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldBeEmpty.shouldBeEmpty;
import static io.github.migrationtest.assertions.error.ShouldHaveChange.shouldHaveChange;
import static io.github.migrationtest.assertions.error.ShouldHaveNoChange.shouldHaveNoChange;

import io.github.migrationtest.core.schema.ObjectChange;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaObject;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link SchemaDiff}.
 *
 * <p>A change <em>to</em> a path is an added, removed or changed object whose path is that path or starts with it
 * followed by a dot: a change to {@code public.users} includes one to its column {@code public.users.email}, and a
 * change to {@code public} any change in that schema. Indexes are paths of their schema
 * ({@code public.users_email_idx}), not of their table.
 *
 * @param <SELF> the type of the concrete assertion class
 * @since 0.1
 */
public abstract class AbstractSchemaDiffAssert<SELF extends AbstractSchemaDiffAssert<SELF>>
        extends AbstractAssert<SELF, SchemaDiff> {

    protected AbstractSchemaDiffAssert(SchemaDiff actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that the diff is empty: the two snapshots are equal. The failure lists the diff's lines.
     *
     * @return this assertion object
     */
    public SELF isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            throwAssertionError(shouldBeEmpty(actual));
        }
        return myself;
    }

    /**
     * Verifies that the diff has a change to the path (see the class comment). The failure lists the paths the
     * diff changes.
     *
     * @param path a path, such as {@code public.users.email}
     * @return this assertion object
     */
    public SELF hasChange(String path) {
        isNotNull();
        if (changesTo(path).isEmpty()) {
            throwAssertionError(shouldHaveChange(path, Stream.concat(Stream.concat(actual.removed().stream(),
                    actual.added().stream()).map(SchemaObject::path), actual.changed().stream()
                    .map(ObjectChange::path)).distinct().sorted().toList()));
        }
        return myself;
    }

    /**
     * Verifies that the diff has no change to the path (see the class comment). The failure lists the diff's lines
     * about the path.
     *
     * @param path a path, such as {@code public.users}
     * @return this assertion object
     */
    public SELF hasNoChangeTo(String path) {
        isNotNull();
        SchemaDiff changes = changesTo(path);
        if (!changes.isEmpty()) {
            throwAssertionError(shouldHaveNoChange(path, changes));
        }
        return myself;
    }

    private SchemaDiff changesTo(String path) {
        Objects.requireNonNull(path, "path");
        return new SchemaDiff(actual.added().stream().filter(o -> isAt(o.path(), path)).toList(),
                actual.removed().stream().filter(o -> isAt(o.path(), path)).toList(),
                actual.changed().stream().filter(c -> isAt(c.path(), path)).toList());
    }

    private static boolean isAt(String objectPath, String path) {
        return objectPath.equals(path) || objectPath.startsWith(path + ".");
    }
}
