package io.github.migrationtest.core.postgres.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops the servers of JVMs that died without cleaning up (killed with SIGKILL, or a crashed fork), and deletes
 * their data. A JVM that exits normally stops its own servers in a shutdown hook; this covers the rest.
 */
public final class OrphanReaper {

    static final String OWNER_FILE = "owner";
    static final String KEEP_FILE = "kept";

    private OrphanReaper() {
    }

    /** Writes the owner file that marks a server directory as this JVM's. */
    static void claim(Path serverDir) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(serverDir.resolve(OWNER_FILE), self.pid() + " " + startMillis(self));
    }

    /** Reaps every server directory under {@code servers} whose owner JVM is gone. */
    public static void reap(Path servers) {
        if (!Files.isDirectory(servers)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(servers)) {
            for (Path dir : dirs) {
                if (isOrphan(dir)) {
                    stopPostmaster(dir.resolve("data"));
                    Directories.delete(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(OrphanReaper.class.getName()).log(System.Logger.Level.WARNING,
                    "could not clean up orphaned servers under " + servers, e);
        }
    }

    private static boolean isOrphan(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER_FILE);
        if (!Files.isRegularFile(owner) || Files.exists(dir.resolve(KEEP_FILE))) {
            return false;
        }
        String[] parts = Files.readString(owner).trim().split(" ");
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[0]));
        // a reused pid belongs to a process with another start time
        return process.isEmpty() || !process.get().isAlive()
                || startMillis(process.get()) != Long.parseLong(parts[1]);
    }

    private static void stopPostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (postmaster.isEmpty() || !postmaster.get().info().command().orElse("").endsWith("postgres")) {
            return;
        }
        // SIGTERM is a smart shutdown; its clients are dead, so it exits promptly.
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
    }
}
