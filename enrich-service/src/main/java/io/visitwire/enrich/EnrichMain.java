package io.visitwire.enrich;

import io.visitwire.schemas.config.Settings;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrich service on its own: {@code java -Xmx2g -cp ... io.visitwire.enrich.EnrichMain [settings.properties]}. */
public final class EnrichMain {

    private static final Logger log = LoggerFactory.getLogger(EnrichMain.class);

    public static void main(String[] args) {
        EnrichConfig config = EnrichConfig.from(Settings.fromEnvironment(args.length > 0 ? Path.of(args[0]) : null));
        log.info("Loading CoreNLP...");
        EnrichService service = new EnrichService(config, EnrichEngine.load());
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "visitwire-enrich-shutdown"));
        service.start();
    }

    private EnrichMain() {
    }
}
