package io.github.migrationtest.core.data.internal;

import io.github.migrationtest.core.schema.ConstraintSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * A foreign key read from its {@code pg_get_constraintdef} text.
 *
 * @param table the referencing table's path
 * @param name the constraint's name
 * @param columns the referencing columns
 * @param parent the referenced table's path
 * @param parentColumns the referenced columns, in the same order
 */
public record ForeignKey(String table, String name, List<String> columns, String parent, List<String> parentColumns) {

    private static final String PREFIX = "FOREIGN KEY";

    /**
     * The foreign key a constraint defines.
     *
     * @return the foreign key, or empty for a definition this does not read (such as a {@code PERIOD} key)
     */
    public static Optional<ForeignKey> of(ConstraintSnapshot constraint) {
        String definition = constraint.definition();
        if (constraint.type() != ConstraintSnapshot.Type.FOREIGN_KEY || !definition.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            Identifiers.Reader reader = new Identifiers.Reader(definition, PREFIX.length());
            List<String> columns = reader.identifierList();
            String references = reader.identifier();
            if (!references.equals("REFERENCES")) {
                return Optional.empty();
            }
            String parent = reader.qualifiedName();
            List<String> parentColumns = reader.identifierList();
            if (columns.size() != parentColumns.size() || parent.indexOf('.') < 0) {
                return Optional.empty();
            }
            String table = constraint.schema() + "." + constraint.table();
            return Optional.of(new ForeignKey(table, constraint.name(), columns, parent, parentColumns));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether the key references its own table. */
    public boolean selfReferencing() {
        return parent.equals(table);
    }
}
