package com.example.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in README.md and docs/ is marked with the tagged region of compiled example code it shows, and
 * must match it, so the docs cannot drift from code that compiles and passes.
 */
class DocsSnippetsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: (\\S+)#(\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyMarkedSnippetMatchesItsTaggedExampleCode() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path page : pages()) {
            Matcher matcher = SNIPPET.matcher(Files.readString(page));
            while (matcher.find()) {
                String region = region(ROOT.resolve(matcher.group(1)), matcher.group(2));
                assertThat(matcher.group(3).stripIndent().strip())
                        .as("snippet %s#%s in %s", matcher.group(1), matcher.group(2), ROOT.relativize(page))
                        .isEqualTo(region.stripIndent().strip()); // a method-level region may be shown dedented
                checked.add(ROOT.relativize(page) + " <- " + matcher.group(1) + "#" + matcher.group(2));
            }
        }
        assertThat(checked).as("snippets found").isNotEmpty();
        checked.forEach(line -> System.out.println("[checked] docs snippet " + line));
    }

    @Test
    void everyJavaBlockInTheDocsIsAMarkedSnippet() throws IOException {
        for (Path page : pages()) {
            String text = Files.readString(page);
            int blocks = text.split("```java", -1).length - 1;
            Matcher matcher = SNIPPET.matcher(text);
            int marked = 0;
            while (matcher.find()) {
                marked++;
            }
            assertThat(marked).as("```java blocks in %s that come from example code", ROOT.relativize(page))
                    .isEqualTo(blocks);
        }
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static String region(Path source, String tag) throws IOException {
        String text = Files.readString(source);
        int start = text.indexOf("// tag::" + tag + "[]");
        int end = text.indexOf("// end::" + tag + "[]");
        assertThat(start).as("tag %s in %s", tag, source).isNotNegative();
        assertThat(end).as("end of tag %s in %s", tag, source).isGreaterThan(start);
        return text.substring(text.indexOf('\n', start) + 1, end);
    }
}
