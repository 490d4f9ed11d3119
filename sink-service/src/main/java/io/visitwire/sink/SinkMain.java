package io.visitwire.sink;

import io.visitwire.schemas.config.Settings;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the sink service on its own: {@code java -jar visitwire-sink-service.jar [settings.properties]}. */
public final class SinkMain {

    private static final Logger log = LoggerFactory.getLogger(SinkMain.class);

    public static void main(String[] args) {
        SinkConfig config = SinkConfig.from(Settings.fromEnvironment(args.length > 0 ? Path.of(args[0]) : null));
        SinkService service = new SinkService(config);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "visitwire-sink-shutdown"));
        service.start();
        log.info("Sink service started against {}", config.bootstrapServers());
    }

    private SinkMain() {
    }
}
