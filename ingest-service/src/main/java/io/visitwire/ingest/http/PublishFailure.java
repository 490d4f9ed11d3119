package io.visitwire.ingest.http;

import io.javalin.http.HttpStatus;
import io.visitwire.ingest.publish.Publisher;
import io.visitwire.schemas.avro.Article;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/** What a failed publish means for the client. */
enum PublishFailure {
    /** The broker refuses records this large; retrying cannot help. */
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE.getCode(), RejectionReason.TOO_LARGE),
    /** The article could not be encoded: a bug on our side. */
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR.getCode(), RejectionReason.INTERNAL_ERROR),
    /** Kafka did not acknowledge in time, or refused for a reason of its own: retry later. */
    BROKER(HttpStatus.SERVICE_UNAVAILABLE.getCode(), RejectionReason.BROKER_UNAVAILABLE);

    private final int status;
    private final RejectionReason reason;

    PublishFailure(int status, RejectionReason reason) {
        this.status = status;
        this.reason = reason;
    }

    RejectionReason reason() {
        return reason;
    }

    int status() {
        return status;
    }

    /** Publishes, turning a publisher that throws instead of failing its future into a failed future. */
    static CompletableFuture<Publisher.Acknowledgement> attempt(Publisher publisher, Article article) {
        try {
            return publisher.publish(article);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static PublishFailure of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RecordTooLargeException) {
            return TOO_LARGE;
        }
        if (cause instanceof SerializationException) {
            return INTERNAL;
        }
        return BROKER;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** For the client: what happened and what to do; Kafka's exception stays in the service's log. */
    String describe() {
        return switch (this) {
            case TOO_LARGE -> "the article is larger than the Kafka topic accepts";
            case INTERNAL -> "the article could not be encoded";
            case BROKER -> "Kafka did not acknowledge the article in time; retry later";
        };
    }
}
