package io.visitwire.ops.http;

import io.javalin.Javalin;
import io.visitwire.ops.ServiceOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An HTTP server with only the {@link OpsRoutes}, for a service that has no HTTP API of its own. */
public final class OpsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    private final Javalin server;

    private OpsServer(Javalin server) {
        this.server = server;
    }

    /**
     * @param host interface to listen on ({@link HttpServers#start})
     * @param port TCP port, 0 for any free one (see {@link #port()})
     */
    public static OpsServer start(String host, int port, ServiceOps ops) {
        Javalin server = HttpServers.start(host, port, new OpsRoutes(ops)::registerRoutes);
        log.info("Metrics, health and readiness on {} ({}, {}, {})", HttpServers.url(host, server.port()),
                OpsRoutes.METRICS_PATH, OpsRoutes.HEALTH_PATH, OpsRoutes.READY_PATH);
        return new OpsServer(server);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
    }
}
