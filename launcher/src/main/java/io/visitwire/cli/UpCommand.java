package io.visitwire.cli;

import io.visitwire.cli.local.LocalPipeline;
import io.visitwire.enrich.EnrichConfig;
import io.visitwire.extraction.Extractors;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The whole stack in one process, until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start Kafka and the three services in this process and keep them running until Ctrl-C."})
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka port (default: ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP API port (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--warmup-articles", defaultValue = "" + EnrichConfig.DEFAULT_WARM_UP_ARTICLES,
            description = "generated articles run through the NLP engine before it is ready, so the JIT has compiled"
                    + " CoreNLP's hot loops before real articles arrive; 0 for none (default: ${DEFAULT-VALUE})")
    int warmUpArticles;

    @Override
    public Integer call() throws InterruptedException {
        Progress progress = new Progress(System.err);
        String token = AccessToken.configuredOrNew();
        LocalPipeline pipeline = LocalPipeline.withEmbeddedBroker(VisitwireHome.resolve(), kafkaPort, httpPort, token,
                () -> Extractors.load(warmUpArticles), progress);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            progress.say("Shutting down...");
            pipeline.close();
            progress.say("Stopped cleanly");
            stopped.countDown();
        }, "visitwire-up-shutdown"));
        progress.say("visitwire is up: POST http://localhost:%d/articles, Kafka on %s. Ctrl-C to stop.",
                pipeline.httpPort(), pipeline.bootstrapServers());
        progress.say("Ingest token (send as 'Authorization: Bearer <token>'; set %s to choose it): %s",
                AccessToken.ENV, token);
        progress.say("Try: curl -XPOST localhost:%d/articles -H 'Authorization: Bearer %s'"
                + " -H 'Content-Type: application/json' -d @article.json", pipeline.httpPort(), token);
        stopped.await();
        return 0;
    }
}
