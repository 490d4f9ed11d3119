package io.visitwire.ingest;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ingest service on its own: {@code java -jar visitwire-ingest-service.jar [settings.properties]}.
 * Settings come from {@code VISITWIRE_*} environment variables and the optional properties file
 * ({@code --help} lists them, see {@link IngestConfig}).
 */
public final class IngestMain {

    private static final Logger log = LoggerFactory.getLogger(IngestMain.class);

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println("Usage: ingest-service [settings.properties]\n\nSettings (environment variable overrides file):\n"
                    + IngestConfig.describeSettings());
            return;
        }
        IngestService service;
        try {
            service = IngestService.start(IngestConfig.load(System.getenv(), args.length > 0 ? Path.of(args[0]) : null));
        } catch (IngestConfig.InvalidSettingsException e) {
            log.error("{}", e.getMessage());
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "visitwire-ingest-shutdown"));
        log.info("Ingest service ready on port {}", service.httpPort());
    }

    private IngestMain() {
    }
}
