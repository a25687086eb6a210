package io.github.migrationtest.core.compat;

import io.github.migrationtest.core.compat.internal.CorpusParser;
import io.github.migrationtest.core.compat.internal.CorpusWriter;
import io.github.migrationtest.core.migration.internal.Locations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The named statements one application version sends to the database, to replay against a later schema.
 *
 * <p>A corpus file is SQL: each statement is introduced by a {@code -- name: list_users} comment line, optionally
 * followed by {@code -- params: 42, 'ada@example.com'} (one SQL literal per {@code $1..$n} placeholder) and
 * {@code -- types: bigint, text} (the parameter types for a typed {@code PREPARE}), and ends with {@code ;}. A
 * folder's {@code .sql} files are read in name order; names are unique across them. See {@code docs/compat.md}.
 *
 * @since 0.1
 */
public final class QueryCorpus {

    private static final String CLASSPATH = "classpath:";

    private final String version;
    private final List<CorpusQuery> queries;

    private QueryCorpus(String version, List<CorpusQuery> queries) {
        this.version = Objects.requireNonNull(version, "version");
        this.queries = List.copyOf(queries);
    }

    /**
     * A corpus of the given queries.
     *
     * @param version the application version that issues them
     * @param queries the queries, with unique names
     * @return the corpus
     * @throws CorpusException if two queries share a name
     */
    public static QueryCorpus of(String version, List<CorpusQuery> queries) {
        Map<String, CorpusQuery> names = new LinkedHashMap<>();
        for (CorpusQuery query : queries) {
            CorpusQuery earlier = names.put(query.name(), query);
            if (earlier != null) {
                throw new CorpusException(query.location() + ": the name " + query.name() + " is already used at "
                        + earlier.location() + ". Give each statement its own name.");
            }
        }
        return new QueryCorpus(version, queries);
    }

    /**
     * Reads a corpus file, or every {@code .sql} file of a folder in name order.
     *
     * @param location {@code classpath:compat/v1.sql} or a file system path, of a file or a folder
     * @param version the application version that issues the queries
     * @return the corpus
     * @throws CorpusException if the location does not exist, or a statement has no name, a duplicate name, or not
     *     one parameter value or type per placeholder; the message names the file, the line and the fix
     */
    public static QueryCorpus load(String location, String version) {
        Path path = resolve(location);
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> listing = Files.list(path)) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (files.isEmpty()) {
                throw new CorpusException("The query corpus folder `" + location + "` holds no .sql file ("
                        + path + "). Add a file such as queries.sql, or record one with CorpusRecorder.");
            }
        } else {
            files = List.of(path);
        }
        Map<String, CorpusQuery> seen = new LinkedHashMap<>();
        List<CorpusQuery> queries = new ArrayList<>();
        for (Path file : files) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                queries.addAll(CorpusParser.parse(text, file.getFileName().toString(), seen));
            } catch (IOException e) {
                throw new CorpusException("Cannot read the query corpus file " + file + ": " + e.getMessage(), e);
            }
        }
        return new QueryCorpus(version, queries);
    }

    private static Path resolve(String location) {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length()).replaceAll("^/+", "");
            URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
            if (url == null) {
                throw new CorpusException("The query corpus `" + location + "` does not exist: no resource "
                        + resource + " on the classpath. Check the location, or use a file path such as "
                        + "src/test/resources/" + resource + ".");
            }
            return Locations.toPath(url);
        }
        Path path = Paths.get(location).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new CorpusException("The query corpus `" + location + "` does not exist (resolved to " + path
                    + "). Check the path, or use classpath:<file> for a file on the test classpath.");
        }
        return path;
    }

    /** The application version that issues the queries. */
    public String version() {
        return version;
    }

    /** The queries, in file order. */
    public List<CorpusQuery> queries() {
        return queries;
    }

    /**
     * The query of the given name.
     *
     * @param name the query's name
     * @return the query, or empty if the corpus has none of that name
     */
    public Optional<CorpusQuery> query(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The corpus in its file format, which {@link #load(String, String)} reads back into the same queries. */
    public String toText() {
        return CorpusWriter.text(version, queries);
    }

    /**
     * Writes the corpus in its file format.
     *
     * @param file the file to write, replaced if it exists
     * @throws UncheckedIOException if it cannot be written
     */
    public void writeTo(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "QueryCorpus[" + version + ", " + queries.size() + " queries]";
    }
}
