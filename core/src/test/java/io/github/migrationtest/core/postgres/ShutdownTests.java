package io.github.migrationtest.core.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.migrationtest.core.postgres.internal.DataRoot;
import io.github.migrationtest.core.postgres.internal.OrphanReaper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No postgres process outlives the JVM that started it: stopped at exit, or reaped by the next run. */
class ShutdownTests {

    @Test
    void anInterruptedRunStopsItsServerAndDeletesItsData() throws Exception {
        Child child = Child.start();

        // SIGTERM, as Ctrl-C or a CI cancel sends: the shutdown hook stops the server
        child.process.destroy();
        assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // pg_ctl stop waits for the pid file to go; the process itself ends a moment later
        Optional<ProcessHandle> postmaster = ProcessHandle.of(child.postmasterPid);
        if (postmaster.isPresent()) {
            postmaster.get().onExit().get(10, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(child.postmasterPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(child.dataDirectory.getParent()).doesNotExist();
    }

    @Test
    void aKilledRunsServerIsReapedByTheNextOne() throws Exception {
        Child child = Child.start();

        // SIGKILL runs no hook: the server is orphaned until the next run reaps it
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Optional<ProcessHandle> orphan = ProcessHandle.of(child.postmasterPid).filter(ProcessHandle::isAlive);
        assertThat(orphan).isPresent();

        OrphanReaper.reap(DataRoot.get().resolve("servers"));

        orphan.get().onExit().get(30, TimeUnit.SECONDS);
        assertThat(orphan.get().isAlive()).isFalse();
        assertThat(child.dataDirectory.getParent()).doesNotExist();
    }

    private record Child(Process process, long postmasterPid, Path dataDirectory) {

        static Child start() throws IOException {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ServerProcessMain.class.getName(), "17")
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith("READY ")) {
                    String[] parts = line.split(" ");
                    Path data = Paths.get(parts[2]);
                    assertThat(Files.isDirectory(data)).isTrue();
                    // keep draining so the child never blocks on a full pipe
                    Thread drain = new Thread(() -> drain(out));
                    drain.setDaemon(true);
                    drain.start();
                    return new Child(process, Long.parseLong(parts[1]), data);
                }
            }
            throw new AssertionError("child JVM ended before its server was ready:\n" + seen);
        }

        private static void drain(BufferedReader out) {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException closed) {
                // the child is gone
            }
        }
    }
}
