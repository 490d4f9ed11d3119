package io.visitwire.enrich;

import io.visitwire.enrich.guard.BoundedEnricher;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.streams.StreamsRunner;
import java.util.List;

/** The enrich service as a start/stop object. */
public final class EnrichService implements AutoCloseable {

    private final BoundedEnricher boundedEnricher;
    private final StreamsRunner runner;

    public EnrichService(EnrichConfig config, ArticleEnricher enricher) {
        this.boundedEnricher = new BoundedEnricher(enricher, config.maxBodyChars(), config.maxArticleTime());
        this.runner = new StreamsRunner("enrich", EnrichTopology.build(boundedEnricher), config.streamsProperties(),
                List.of(Topics.ARTICLES_RAW, Topics.ARTICLES_ENRICHED, Topics.ARTICLES_DLQ),
                config.partitions(), config.replicationFactor());
    }

    public void start() {
        runner.start();
    }

    public boolean isRunning() {
        return runner.isRunning();
    }

    @Override
    public void close() {
        runner.close();
        boundedEnricher.close();
    }
}
