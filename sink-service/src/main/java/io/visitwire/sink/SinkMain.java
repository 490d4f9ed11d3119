package io.visitwire.sink;

import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.OpsServer;
import io.visitwire.schemas.config.Settings;
import io.visitwire.sink.page.VisitsPage;
import io.visitwire.sink.query.QueryRoutes;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sink service on its own: {@code java -cp ... io.visitwire.sink.SinkMain [settings.properties]}, with
 * the query API ({@code /visits}, {@code /visits/{visitId}}, {@code /commitments}, its OpenAPI document on
 * {@code /openapi.json}) and {@code /metrics}, {@code /health} and {@code /ready} on
 * {@code sink.http.host}:{@code sink.http.port}.
 */
public final class SinkMain {

    private static final Logger log = LoggerFactory.getLogger(SinkMain.class);

    public static void main(String[] args) {
        SinkConfig config = SinkConfig.from(Settings.fromEnvironment(args.length > 0 ? Path.of(args[0]) : null));
        ServiceOps ops = ServiceOps.create();
        SinkService service = new SinkService(config, ops);
        OpsServer opsServer = startHttp(config, ops, service);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            opsServer.close();
        }, "visitwire-sink-shutdown"));
        service.start();
        log.info("Sink service started against {}", config.bootstrapServers());
    }

    /** The sink's HTTP server: the query API, its OpenAPI document, the visits page and the operator endpoints. */
    public static OpsServer startHttp(SinkConfig config, ServiceOps ops, SinkService service) {
        return OpsServer.start(config.httpHost(), config.httpPort(), ops, routes -> {
            new QueryRoutes(service.queries()).registerRoutesAndDocument(routes);
            new VisitsPage().registerRoutes(routes);
        });
    }

    private SinkMain() {
    }
}
