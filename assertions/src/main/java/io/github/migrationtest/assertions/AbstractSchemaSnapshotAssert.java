package io.github.migrationtest.assertions;

import static io.github.migrationtest.assertions.error.ShouldBeEquivalentTo.shouldBeEquivalentTo;
import static io.github.migrationtest.assertions.error.ShouldMatchGolden.shouldMatchGolden;
import static io.github.migrationtest.assertions.error.ShouldHaveTable.shouldHaveTableInSchema;
import static io.github.migrationtest.assertions.error.ShouldNotHaveTable.shouldNotHaveTable;

import io.github.migrationtest.assertions.internal.GoldenFiles;
import io.github.migrationtest.assertions.internal.SnapshotRendering;
import io.github.migrationtest.core.schema.Equivalence;
import io.github.migrationtest.core.schema.SchemaDiff;
import io.github.migrationtest.core.schema.SchemaJson;
import io.github.migrationtest.core.schema.SchemaSnapshot;
import io.github.migrationtest.core.schema.TableSnapshot;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link SchemaSnapshot}, and the start of the navigation to its tables and, below them, their
 * columns, constraints, indexes and policies.
 *
 * <p>Tables are named by path ({@code public.users}); a name without a schema means {@code public}. The description
 * of the snapshot ({@code schema} unless set with {@link #as(String, Object...)}) ends the description of every
 * assertion reached by navigation: {@code [column public.users.email of schema after 0005]}.
 *
 * @param <SELF> the type of the concrete assertion class
 * @since 0.1
 */
public abstract class AbstractSchemaSnapshotAssert<SELF extends AbstractSchemaSnapshotAssert<SELF>>
        extends AbstractAssert<SELF, SchemaSnapshot> {

    /** The description of a snapshot whose assertion has none. */
    static final String DEFAULT_DESCRIPTION = "schema";

    protected AbstractSchemaSnapshotAssert(SchemaSnapshot actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that the snapshot has the table.
     *
     * <p>Assertion succeeds: {@code assertThat(snapshot).hasTable("public.users")} after {@code CREATE TABLE users}.
     * Fails, listing the tables there are: {@code hasTable("public.orders")}.
     *
     * @param path the table's path, such as {@code public.users}, or its name in {@code public}
     * @return this assertion object
     */
    public SELF hasTable(String path) {
        isNotNull();
        String qualified = qualify(path);
        if (findTable(qualified).isEmpty()) {
            throwAssertionError(shouldHaveTableInSchema(qualified,
                    actual.tables().stream().map(TableSnapshot::path).toList()));
        }
        return myself;
    }

    /**
     * Verifies that the snapshot has no such table.
     *
     * <p>Assertion succeeds: {@code assertThat(snapshot).doesNotHaveTable("public.orders")} when there is none.
     * Fails: {@code doesNotHaveTable("public.users")} after {@code CREATE TABLE users}.
     *
     * @param path the table's path, such as {@code public.users}, or its name in {@code public}
     * @return this assertion object
     */
    public SELF doesNotHaveTable(String path) {
        isNotNull();
        String qualified = qualify(path);
        if (findTable(qualified).isPresent()) {
            throwAssertionError(shouldNotHaveTable(qualified));
        }
        return myself;
    }

    /**
     * Navigates to a table, failing as {@link #hasTable(String)} does when there is none.
     *
     * <p>The table's assertion is described as {@code table public.users of <this snapshot's description>}.
     *
     * @param path the table's path, such as {@code public.users}, or its name in {@code public}
     * @return the table's assertion object
     */
    public TableAssert table(String path) {
        hasTable(path);
        TableSnapshot table = findTable(qualify(path)).orElseThrow();
        SchemaSnapshotAssert origin = this instanceof SchemaSnapshotAssert self ? self
                : new SchemaSnapshotAssert(actual).as("%s", navigationDescription());
        return new TableAssert(table, actual, origin).as("%s", "table " + table.path() + " of "
                + navigationDescription());
    }

    /**
     * Verifies that the snapshot equals the expected one, object by object.
     *
     * <p>The failure lists the differences as {@link SchemaDiff} renders them (from {@code expected} to the actual
     * snapshot, each line with the object's path) and carries both snapshots rendered in full as actual and
     * expected values, so that IDEs offer a visual diff.
     *
     * @param expected the expected snapshot, such as one taken from a database built another way
     * @return this assertion object
     */
    public SELF isEquivalentTo(SchemaSnapshot expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        SchemaDiff diff = SchemaDiff.between(expected, actual);
        if (!diff.isEmpty()) {
            failWithActualExpectedAndMessage(SnapshotRendering.render(actual), SnapshotRendering.render(expected),
                    "%s", shouldBeEquivalentTo(diff).create());
        }
        return myself;
    }

    /**
     * Verifies that the snapshot equals the one in a golden file, the {@link SchemaJson} form of a snapshot committed
     * with the tests.
     *
     * <p>When the file does not exist, it is written (with its directories) and the assertion passes, saying so on
     * stderr; review and commit the file. With the system property {@code migrationtest.update-golden} set to
     * {@code true}, the file is rewritten and the assertion passes. Otherwise a difference fails with the
     * {@link SchemaDiff} lines (from the golden file to the actual snapshot, each with the object's path) and
     * carries the actual snapshot's JSON and the file's text as actual and expected values, so that IDEs offer a
     * visual diff.
     *
     * <p>Assertion succeeds: {@code assertThat(snapshot).matchesGolden("src/test/resources/schema/V0042.json")} on
     * the first run, and on later runs while the schema stays the same. Fails once a migration changes the schema.
     *
     * @param file the golden file, relative to the working directory (the module's directory under Maven)
     * @return this assertion object
     */
    public SELF matchesGolden(String file) {
        return matchesGolden(file, Equivalence.EXACT);
    }

    /**
     * Verifies that the snapshot is equivalent to the one in a golden file, as {@link #matchesGolden(String)} does
     * but comparing with {@link SchemaDiff#between(SchemaSnapshot, SchemaSnapshot, Equivalence)}. The file, when
     * written, holds the actual snapshot in full.
     *
     * @param file the golden file, relative to the working directory
     * @param equivalence the differences to ignore, such as {@code Equivalence.EXACT.ignoringOwners()}
     * @return this assertion object
     */
    public SELF matchesGolden(String file, Equivalence equivalence) {
        isNotNull();
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(equivalence, "equivalence");
        Path path = Path.of(file);
        Optional<String> golden = GoldenFiles.read(path);
        if (golden.isEmpty()) {
            GoldenFiles.write(path, actual, "wrote missing");
            return myself;
        }
        if (GoldenFiles.updating()) {
            if (!golden.get().equals(SchemaJson.write(actual))) {
                GoldenFiles.write(path, actual, "rewrote");
            }
            return myself;
        }
        SchemaSnapshot expected;
        try {
            expected = SchemaJson.read(golden.get());
        } catch (IllegalArgumentException e) {
            failWithMessage("%nGolden file %s is not a schema snapshot: %s%nRerun with -D%s=true to rewrite it.",
                    file, e.getMessage(), GoldenFiles.UPDATE_PROPERTY);
            return myself;
        }
        SchemaDiff diff = SchemaDiff.between(expected, actual, equivalence);
        if (!diff.isEmpty()) {
            failWithActualExpectedAndMessage(SchemaJson.write(actual), golden.get(), "%s",
                    shouldMatchGolden(file, diff, GoldenFiles.UPDATE_PROPERTY).create());
        }
        return myself;
    }

    String navigationDescription() {
        String description = descriptionText();
        return description == null || description.isEmpty() ? DEFAULT_DESCRIPTION : description;
    }

    private Optional<TableSnapshot> findTable(String path) {
        return actual.tables().stream().filter(t -> t.path().equals(path)).findFirst();
    }

    static String qualify(String path) {
        Objects.requireNonNull(path, "path");
        return path.contains(".") ? path : "public." + path;
    }
}
