package io.github.migrationtest.assertions.error;

import java.util.List;
import java.util.stream.Collectors;

/** Layout helpers shared by the factories. */
final class Lines {

    private Lines() {
    }

    /** The lines, each indented by two spaces, separated by new lines. */
    static String indent(List<String> lines) {
        return lines.stream().map(line -> "  " + line).collect(Collectors.joining(System.lineSeparator()));
    }

    /** {@code 1 change}, {@code 2 changes}. */
    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
