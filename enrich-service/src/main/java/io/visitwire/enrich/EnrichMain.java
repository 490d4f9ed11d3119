package io.visitwire.enrich;

import io.visitwire.extraction.Extractors;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.OpsServer;
import io.visitwire.schemas.config.Settings;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich service on its own: {@code java -Xmx2g -cp ... io.visitwire.enrich.EnrichMain [settings.properties]}.
 * {@code /metrics}, {@code /health} and {@code /ready} answer on {@code enrich.http.host}:{@code enrich.http.port}
 * from the start; ready once CoreNLP is loaded and warmed up ({@code enrich.warmup.articles}) and the Streams app
 * is RUNNING.
 */
public final class EnrichMain {

    private static final Logger log = LoggerFactory.getLogger(EnrichMain.class);

    public static void main(String[] args) {
        EnrichConfig config = EnrichConfig.from(Settings.fromEnvironment(args.length > 0 ? Path.of(args[0]) : null));
        ServiceOps ops = ServiceOps.create();
        ops.readiness().pending(EnrichService.ENGINE_CHECK).pending(EnrichService.STREAMS_CHECK);
        OpsServer opsServer = OpsServer.start(config.httpHost(), config.httpPort(), ops);
        log.info("Loading CoreNLP...");
        EnrichService service = new EnrichService(config, Extractors.load(config.warmUpArticles()), ops);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            opsServer.close();
        }, "visitwire-enrich-shutdown"));
        service.start();
    }

    private EnrichMain() {
    }
}
