package io.github.migrationtest.core.postgres;

import io.github.migrationtest.core.postgres.internal.EmbeddedPostgresServer;

/** A JVM that starts an embedded server, says where it is, and waits to be stopped; used by ShutdownTests. */
public final class ServerProcessMain {

    private ServerProcessMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer server = (EmbeddedPostgresServer) PostgresServers.shared()
                .server(ServerSpec.embedded(Integer.parseInt(args[0])));
        System.out.println("READY " + server.pid() + " " + server.dataDirectory());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
