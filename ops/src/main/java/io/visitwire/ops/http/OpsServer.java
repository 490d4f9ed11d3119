package io.visitwire.ops.http;

import io.javalin.Javalin;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.visitwire.ops.ServiceOps;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An HTTP server with the {@link OpsRoutes}, and the routes of the service's own API if it has one. */
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
        return start(host, port, ops, routes -> { });
    }

    /** @param moreRoutes the service's own routes, beside the operator endpoints */
    public static OpsServer start(String host, int port, ServiceOps ops, Consumer<JavalinDefaultRoutingApi<?>> moreRoutes) {
        Javalin server = HttpServers.start(host, port, ops.registry(), routes -> {
            new OpsRoutes(ops).registerRoutes(routes);
            moreRoutes.accept(routes);
        });
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
