package io.visitwire.sink;

import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.OpsServer;
import io.visitwire.schemas.config.Settings;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sink service on its own: {@code java -cp ... io.visitwire.sink.SinkMain [settings.properties]}, with
 * {@code /metrics}, {@code /health} and {@code /ready} on {@code sink.http.host}:{@code sink.http.port}.
 */
public final class SinkMain {

    private static final Logger log = LoggerFactory.getLogger(SinkMain.class);

    public static void main(String[] args) {
        SinkConfig config = SinkConfig.from(Settings.fromEnvironment(args.length > 0 ? Path.of(args[0]) : null));
        ServiceOps ops = ServiceOps.create();
        OpsServer opsServer = OpsServer.start(config.httpHost(), config.httpPort(), ops);
        SinkService service = new SinkService(config, ops);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            opsServer.close();
        }, "visitwire-sink-shutdown"));
        service.start();
        log.info("Sink service started against {}", config.bootstrapServers());
    }

    private SinkMain() {
    }
}
