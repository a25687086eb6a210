package io.github.migrationtest.core.migration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a PostgreSQL script into statements at top-level semicolons.
 *
 * <p>Understands what PostgreSQL's lexer does: single-quoted strings (with {@code ''}), {@code E''} strings (with
 * backslash escapes), quoted identifiers, dollar quoting ({@code $$}, {@code $tag$}), line comments and nested block
 * comments, and {@code BEGIN ATOMIC ... END} function bodies. Hand-written: Flyway's parser is internal API, and
 * PgJDBC splits only for its own use.
 */
public final class SqlScript {

    // PostgreSQL refuses these inside a transaction block; PostgreSQL 13 to 18.
    private static final Pattern NON_TRANSACTIONAL = Pattern.compile(
            "^(CREATE (UNIQUE )?INDEX CONCURRENTLY\\b"
                    + "|DROP INDEX CONCURRENTLY\\b"
                    + "|REINDEX\\b.*\\bCONCURRENTLY\\b"
                    + "|REINDEX (\\(.*\\) )?(SCHEMA|DATABASE|SYSTEM)\\b"
                    + "|ALTER TABLE .*\\bDETACH PARTITION\\b.*\\bCONCURRENTLY\\b"
                    + "|VACUUM\\b"
                    + "|ALTER SYSTEM\\b"
                    + "|(CREATE|DROP|ALTER) DATABASE\\b"
                    + "|(CREATE|DROP) TABLESPACE\\b"
                    + "|(CREATE|DROP) SUBSCRIPTION\\b)",
            Pattern.DOTALL);

    private final String text;
    private int pos;
    private int line = 1;

    private SqlScript(String text) {
        this.text = text;
    }

    /** The statements of a script, in order; empty statements (lone semicolons, comments) are dropped. */
    public static List<SqlStatement> parse(String script) {
        return new SqlScript(script).statements();
    }

    /** Whether PostgreSQL refuses this statement inside a transaction block. */
    public static boolean isNonTransactional(String statement) {
        return NON_TRANSACTIONAL.matcher(normalize(statement)).find();
    }

    private List<SqlStatement> statements() {
        List<SqlStatement> statements = new ArrayList<>();
        int start = 0;
        int startLine = 1;
        int atomicDepth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'') {
                boolean escapes = pos > 0 && (text.charAt(pos - 1) == 'E' || text.charAt(pos - 1) == 'e')
                        && (pos < 2 || !isIdentifierPart(text.charAt(pos - 2)));
                skipQuoted('\'', escapes);
            } else if (c == '"') {
                skipQuoted('"', false);
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '$' && dollarTag() != null) {
                skipDollarQuoted(dollarTag());
            } else if (isIdentifierStart(c) && (pos == 0 || !isIdentifierPart(text.charAt(pos - 1)))) {
                String word = word();
                if (word.equals("BEGIN") && nextWordIs("ATOMIC")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && word.equals("CASE")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && word.equals("END")) {
                    atomicDepth--;
                }
            } else if (c == ';' && atomicDepth == 0) {
                add(statements, start, pos, startLine);
                pos++;
                start = pos;
                startLine = line;
            } else {
                advance();
            }
        }
        add(statements, start, text.length(), startLine);
        return statements;
    }

    private void add(List<SqlStatement> statements, int from, int to, int fromLine) {
        String raw = text.substring(from, to);
        // the statement starts at its first significant character, after blank lines and comments
        int offset = significantStart(raw);
        if (offset < 0) {
            return;
        }
        int startLine = fromLine;
        for (int i = 0; i < offset; i++) {
            if (raw.charAt(i) == '\n') {
                startLine++;
            }
        }
        String sql = raw.substring(offset).stripTrailing();
        statements.add(new SqlStatement(sql, startLine, !isNonTransactional(sql)));
    }

    private static int significantStart(String raw) {
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < raw.length() && raw.charAt(i + 1) == '-') {
                int end = raw.indexOf('\n', i);
                i = end < 0 ? raw.length() : end + 1;
            } else if (c == '/' && i + 1 < raw.length() && raw.charAt(i + 1) == '*') {
                int depth = 0;
                do {
                    if (raw.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (raw.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                } while (depth > 0 && i < raw.length());
            } else {
                return i;
            }
        }
        return -1;
    }

    /** Upper-case, comments removed, whitespace collapsed: for keyword matching only. */
    static String normalize(String statement) {
        StringBuilder out = new StringBuilder();
        SqlScript lexer = new SqlScript(statement);
        while (lexer.pos < statement.length()) {
            char c = statement.charAt(lexer.pos);
            if (c == '-' && lexer.peek(1) == '-') {
                lexer.skipLineComment();
                out.append(' ');
            } else if (c == '/' && lexer.peek(1) == '*') {
                lexer.skipBlockComment();
                out.append(' ');
            } else if (c == '\'' || c == '"' || (c == '$' && lexer.dollarTag() != null)) {
                int from = lexer.pos;
                if (c == '$') {
                    lexer.skipDollarQuoted(lexer.dollarTag());
                } else {
                    lexer.skipQuoted(c, false);
                }
                out.append(statement, from, lexer.pos);
            } else {
                out.append(Character.isWhitespace(c) ? ' ' : Character.toUpperCase(c));
                lexer.advance();
            }
        }
        return out.toString().trim().replaceAll(" +", " ");
    }

    private String word() {
        int from = pos;
        while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        return text.substring(from, pos).toUpperCase(Locale.ROOT);
    }

    private boolean nextWordIs(String expected) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < text.length() && isIdentifierPart(text.charAt(end))) {
            end++;
        }
        return text.substring(i, end).equalsIgnoreCase(expected);
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        advance();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\') {
                advance();
                advance();
            } else if (c == quote) {
                advance();
                if (pos < text.length() && text.charAt(pos) == quote) {
                    advance(); // doubled quote
                } else {
                    return;
                }
            } else {
                advance();
            }
        }
    }

    private void skipLineComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            advance();
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        do {
            if (text.startsWith("/*", pos)) {
                depth++;
                advance();
                advance();
            } else if (text.startsWith("*/", pos)) {
                depth--;
                advance();
                advance();
            } else {
                advance();
            }
        } while (depth > 0 && pos < text.length());
    }

    // $tag$ where tag is empty or an identifier that does not start with a digit ($1 is a parameter)
    private String dollarTag() {
        int i = pos + 1;
        if (i < text.length() && Character.isDigit(text.charAt(i))) {
            return null;
        }
        if (pos > 0 && isIdentifierPart(text.charAt(pos - 1))) {
            return null; // part of an identifier such as a$b
        }
        while (i < text.length() && isIdentifierPart(text.charAt(i)) && text.charAt(i) != '$') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '$' ? text.substring(pos, i + 1) : null;
    }

    private void skipDollarQuoted(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            advance();
        }
        int end = text.indexOf(tag, pos);
        int stop = end < 0 ? text.length() : end + tag.length();
        while (pos < stop) {
            advance();
        }
    }

    private char peek(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : '\0';
    }

    private void advance() {
        if (pos < text.length() && text.charAt(pos) == '\n') {
            line++;
        }
        pos++;
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
