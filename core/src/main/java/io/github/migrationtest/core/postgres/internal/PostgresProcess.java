package io.github.migrationtest.core.postgres.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code postgres} directly on a data directory and waits for it with a 5 ms poll.
 *
 * <p>Hand-written instead of zonky's {@code EmbeddedPostgres} start, which goes through {@code pg_ctl -w}: pg_ctl
 * polls every 100 ms, so a warm start took 163 ms through it against about 70 ms here. zonky still unpacks the
 * binaries and runs initdb (see {@link ClusterCache}).
 */
final class PostgresProcess {

    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int PORT_ATTEMPTS = 3;

    private final Path bin;
    private final Path data;
    private final Process process;
    private final int port;

    private PostgresProcess(Path bin, Path data, Process process, int port) {
        this.bin = bin;
        this.data = data;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the server and returns once it accepts connections.
     *
     * @throws IOException with the server log's tail if it does not come up
     */
    static PostgresProcess start(Path bin, Path data, Path log, Map<String, String> settings) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int port = freePort();
            List<String> command = new ArrayList<>(Unshare.prefix());
            command.addAll(List.of(bin.resolve("postgres").toString(), "-D", data.toString(), "-p",
                    Integer.toString(port), "-c", "listen_addresses=localhost",
                    // no socket files in /tmp to leave behind: clients connect over TCP
                    "-c", "unix_socket_directories="));
            settings.forEach((key, value) -> command.addAll(List.of("-c", key + "=" + value)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            try {
                awaitReady(process, port, log);
                return new PostgresProcess(bin, data, process, port);
            } catch (IOException e) {
                process.destroyForcibly();
                last = e;
                // another process took the port between our probe and the bind: try another one
                if (!tail(log).contains("could not bind")) {
                    throw e;
                }
            }
        }
        throw last;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** A command that starts the server again on its data directory, for a kept database. */
    String restartCommand() {
        return String.join(" ", Unshare.prefix()) + (Unshare.prefix().isEmpty() ? "" : " ") + bin.resolve("pg_ctl")
                + " -D " + data + " -o \"-p " + port + "\" start";
    }

    /** A fast shutdown (sessions are ended), waiting until the process is gone. */
    void stop() throws IOException {
        if (!process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(Unshare.prefix());
        command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "stop", "-m", "fast",
                "-w", "-t", "60"));
        try {
            Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!pgCtl.waitFor(70, TimeUnit.SECONDS) || !process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void awaitReady(Process process, int port, Path log) throws IOException {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=5";
        long deadline = System.nanoTime() + START_TIMEOUT_NANOS;
        SQLException lastFailure = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("postgres exited with code " + process.exitValue() + ". Server log:\n"
                        + tail(log));
            }
            try {
                DriverManager.getConnection(url, "postgres", "").close();
                return;
            } catch (SQLException e) {
                lastFailure = e; // refused, or "the database system is starting up"
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for postgres to start", e);
            }
        }
        throw new IOException("postgres did not accept connections within 60 s (" + lastFailure + "). Server log:\n"
                + tail(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
