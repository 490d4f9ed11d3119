package io.visitwire.ingest.publish;

import io.visitwire.schemas.avro.Article;
import java.util.concurrent.CompletableFuture;

/**
 * Where accepted articles go. The HTTP layer only knows this interface, so it can be tested without Kafka.
 */
public interface Publisher {

    /**
     * Sends one article, keyed by its id. The future completes only once the broker has acknowledged the
     * record, and completes exceptionally (never hangs) when it could not be delivered within the
     * implementation's delivery timeout. Never throws: failures arrive through the future.
     */
    CompletableFuture<Acknowledgement> publish(Article article);

    /** Where the broker stored an article. */
    record Acknowledgement(String articleId, String topic, int partition, long offset) {
    }
}
