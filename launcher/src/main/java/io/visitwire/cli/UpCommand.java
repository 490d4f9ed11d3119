package io.visitwire.cli;

import io.visitwire.cli.local.LocalPipeline;
import io.visitwire.enrich.EnrichConfig;
import io.visitwire.extraction.Extractors;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.ops.http.HttpServers;
import io.visitwire.schemas.config.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The whole stack in one process, until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start Kafka and the three services in this process and keep them running until Ctrl-C."})
public final class UpCommand implements Callable<Integer> {


    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka port (default: ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--http-host", defaultValue = IngestConfig.DEFAULT_HTTP_HOST, converter = HostConverter.class,
            description = "interface the HTTP API (and /metrics, /health, /ready) listens on: 127.0.0.1 for this machine"
                    + " only, 0.0.0.0 or :: to open it to the network (default: ${DEFAULT-VALUE})")
    String httpHost;

    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP API port (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--warmup-articles", defaultValue = "" + EnrichConfig.DEFAULT_WARM_UP_ARTICLES,
            description = "generated articles run through the NLP engine before it is ready, so the JIT has compiled"
                    + " CoreNLP's hot loops before real articles arrive; 0 for none (default: ${DEFAULT-VALUE})")
    int warmUpArticles;

    @Override
    public Integer call() throws InterruptedException {
        Progress progress = new Progress(System.err);
        Optional<String> configuredToken = AccessToken.configured();
        String token = configuredToken.orElseGet(AccessToken::generate);
        LocalPipeline pipeline = LocalPipeline.withEmbeddedBroker(VisitwireHome.resolve(), kafkaPort, httpHost, httpPort,
                token, () -> Extractors.load(warmUpArticles), progress);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            progress.say("Shutting down...");
            pipeline.close();
            progress.say("Stopped cleanly");
            stopped.countDown();
        }, "visitwire-up-shutdown"));
        banner(httpHost, pipeline.httpPort(), pipeline.bootstrapServers(), configuredToken.isPresent(), token)
                .forEach(line -> progress.say("%s", line));
        stopped.await();
        return 0;
    }

    /**
     * What {@code up} prints once it runs. A generated token is printed once, the only way to learn it; a token
     * from the environment is not printed at all: whoever set it has it, and terminals get recorded and shared.
     */
    static List<String> banner(String host, int port, String bootstrapServers, boolean tokenFromEnvironment, String token) {
        String api = HttpServers.clientUrl(host, port);
        List<String> lines = new ArrayList<>();
        lines.add("visitwire is up: POST " + api + "/articles, Kafka on " + bootstrapServers + ". Ctrl-C to stop.");
        lines.add("The visits as they arrive: open " + api + "/ in a browser (read-only, no token needed).");
        if (!host.equals(IngestConfig.DEFAULT_HTTP_HOST) && !host.equals("localhost")) {
            lines.add("The HTTP API listens on " + host + " (--http-host): other machines can reach it.");
        }
        if (tokenFromEnvironment) {
            lines.add("Ingest token: the one in " + AccessToken.ENV + " (send it as 'Authorization: Bearer <token>').");
        } else {
            lines.add("Ingest token for this run (send it as 'Authorization: Bearer <token>'; set " + AccessToken.ENV
                    + " to choose it): " + token);
        }
        lines.add("Try: curl -XPOST " + api + "/articles -H \"Authorization: Bearer $"
                + (tokenFromEnvironment ? AccessToken.ENV : "TOKEN") + "\" -H 'Content-Type: application/json' -d @examples/article.json"
                + "   (examples/article.json: an article shipped with visitwire; GET " + api + "/openapi.json describes the API)");
        lines.add("Ask: curl '" + api + "/visits?visitor=Gates&country=AZ&from=2010'   (no token; also /visits/{visitId} and"
                + " /commitments?committer=&kind=&dueBefore=)");
        return lines;
    }

    /** The same check as the {@code http.host} setting, reported as a bad option value. */
    static final class HostConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Settings.hostValue(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' " + e.getMessage());
            }
        }
    }
}
