package io.github.migrationtest.core.data.internal;

import java.util.ArrayList;
import java.util.List;

/** Quoting identifiers for SQL and reading them back from catalog text such as constraint definitions. */
public final class Identifiers {

    private Identifiers() {
    }

    /** The identifier in double quotes, so that any name works. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A {@code schema.name} path as a quoted SQL name. */
    public static String quotePath(String path) {
        int dot = path.indexOf('.');
        return quote(path.substring(0, dot)) + "." + quote(path.substring(dot + 1));
    }

    /** A possibly quoted, possibly schema-qualified name, such as {@code public."Mood"}, as an unquoted path. */
    public static String unquoteName(String name) {
        Reader reader = new Reader(name, 0);
        List<String> parts = new ArrayList<>();
        parts.add(reader.identifier());
        while (reader.peek() == '.') {
            reader.position++;
            parts.add(reader.identifier());
        }
        return String.join(".", parts);
    }

    /** A cursor over catalog text that reads identifiers, quoted or not. */
    static final class Reader {

        private final String text;
        private int position;

        Reader(String text, int position) {
            this.text = text;
            this.position = position;
        }

        char peek() {
            skipSpaces();
            return position < text.length() ? text.charAt(position) : '\0';
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + position + " in " + text);
            }
            position++;
        }

        String identifier() {
            skipSpaces();
            StringBuilder name = new StringBuilder();
            if (position < text.length() && text.charAt(position) == '"') {
                position++;
                while (position < text.length()) {
                    char c = text.charAt(position++);
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            name.append('"');
                            position++;
                        } else {
                            return name.toString();
                        }
                    } else {
                        name.append(c);
                    }
                }
                throw new IllegalArgumentException("unterminated quoted identifier in " + text);
            }
            while (position < text.length() && isIdentifierChar(text.charAt(position))) {
                name.append(text.charAt(position++));
            }
            return name.toString();
        }

        /** A parenthesised, comma-separated list of identifiers. */
        List<String> identifierList() {
            expect('(');
            List<String> names = new ArrayList<>();
            names.add(identifier());
            while (peek() == ',') {
                position++;
                names.add(identifier());
            }
            expect(')');
            return names;
        }

        /** A possibly schema-qualified name, as an unquoted path. */
        String qualifiedName() {
            StringBuilder path = new StringBuilder(identifier());
            while (peek() == '.') {
                position++;
                path.append('.').append(identifier());
            }
            return path.toString();
        }

        private void skipSpaces() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        private static boolean isIdentifierChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
