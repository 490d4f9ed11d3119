package io.visitwire.ingest.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * The ingest API's domain counters: {@code visitwire_articles_accepted_total} (acknowledged by Kafka) and
 * {@code visitwire_articles_rejected_total{reason}}. A request refused before its articles were read (401, 413,
 * 415, an empty body) counts as one rejected article.
 */
public final class IngestMetrics {

    public static final String ACCEPTED = "visitwire.articles.accepted";
    public static final String REJECTED = "visitwire.articles.rejected";

    private final Counter accepted;
    private final Map<RejectionReason, Counter> rejected = new EnumMap<>(RejectionReason.class);

    public IngestMetrics(MeterRegistry registry) {
        accepted = Counter.builder(ACCEPTED)
                .description("Articles published to articles.raw.v1 and acknowledged by Kafka")
                .register(registry);
        // every reason from the start, so a rate over a reason that has not happened yet is 0, not absent
        for (RejectionReason reason : RejectionReason.values()) {
            rejected.put(reason, Counter.builder(REJECTED)
                    .description("Articles (or whole requests, when refused before reading them) refused, by reason")
                    .tag("reason", reason.label())
                    .register(registry));
        }
    }

    /** Counters nobody reads: for an API built without a service around it (tests, tools). */
    public static IngestMetrics unregistered() {
        return new IngestMetrics(new SimpleMeterRegistry());
    }

    void accepted(int articles) {
        accepted.increment(articles);
    }

    void rejected(RejectionReason reason, int articles) {
        rejected.get(reason).increment(articles);
    }
}
