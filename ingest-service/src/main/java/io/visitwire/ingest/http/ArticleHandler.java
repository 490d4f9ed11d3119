package io.visitwire.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.visitwire.ingest.ArticleParser;
import io.visitwire.ingest.ParseResult;
import io.visitwire.ingest.Problem;
import io.visitwire.ingest.publish.Publisher;
import io.visitwire.schemas.avro.Article;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /articles}: one JSON article, answered 202 once Kafka has acknowledged it. */
final class ArticleHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(ArticleHandler.class);

    private final Publisher publisher;
    private final ArticleParser parser;
    private final long maxRequestBytes;
    private final Clock clock;
    private final IngestMetrics metrics;

    /** Room for the fields other than {@code body} (title, URL, source ... are capped well below this). */
    static final int ENVELOPE_BYTES = 64 * 1024;

    ArticleHandler(Publisher publisher, ArticleParser parser, long maxRequestBytes, Clock clock, IngestMetrics metrics) {
        this.publisher = publisher;
        this.parser = parser;
        this.maxRequestBytes = maxRequestBytes;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        Article article;
        try {
            article = parse(ctx);
        } catch (RejectedRequest rejection) {
            // bad input is the client's business: no stack trace, and debug only, so a noisy client cannot flood the log
            log.debug("POST /articles refused with {}: {}", rejection.status(), rejection.error());
            metrics.rejected(rejection.reason(), 1);
            JsonResponses.send(ctx, rejection);
            return;
        }
        ctx.future(() -> publish(article).thenAccept(outcome -> JsonResponses.send(ctx, outcome.status, outcome.body)));
    }

    private Article parse(Context ctx) {
        RequestBodies.requireContentType(ctx, RequestBodies.JSON_TYPES);
        // one article: a request much larger than the body limit is refused before it is read (413)
        byte[] body = RequestBodies.read(ctx, Math.min(maxRequestBytes, (long) parser.maxBodyBytes() + ENVELOPE_BYTES));
        JsonNode document;
        try {
            document = ArticleParser.readJson(body, 0, body.length);
        } catch (ArticleParser.MalformedJsonException e) {
            throw new RejectedRequest(HttpStatus.BAD_REQUEST.getCode(), RejectionReason.MALFORMED_JSON, "malformed JSON",
                    List.of(Problem.ofDocument(e.getMessage())));
        }
        ParseResult result = parser.parse(document, clock.instant());
        if (result instanceof ParseResult.Valid valid) {
            return valid.article();
        }
        if (((ParseResult.Invalid) result).bodyTooLarge()) {
            throw new RejectedRequest(HttpStatus.CONTENT_TOO_LARGE.getCode(), RejectionReason.TOO_LARGE,
                    "article body larger than " + parser.maxBodyBytes() + " bytes", result.problems());
        }
        throw new RejectedRequest(HttpStatus.BAD_REQUEST.getCode(), RejectionReason.INVALID_ARTICLE, "invalid article",
                result.problems());
    }

    private CompletableFuture<Outcome> publish(Article article) {
        String id = article.getId();
        return PublishFailure.attempt(publisher, article).handle((acknowledgement, failure) -> {
            if (failure == null) {
                metrics.accepted(1);
                log.info("Article {} accepted at {}-{}@{}", id, acknowledgement.topic(), acknowledgement.partition(),
                        acknowledgement.offset());
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                body.set("ids", JsonResponses.strings(List.of(id)));
                return new Outcome(HttpStatus.ACCEPTED.getCode(), body);
            }
            PublishFailure kind = PublishFailure.of(failure);
            metrics.rejected(kind.reason(), 1);
            log.warn("Article {} not published, answering {}: {}", id, kind.status(), PublishFailure.unwrap(failure).toString());
            List<Problem> problems = kind == PublishFailure.TOO_LARGE
                    ? List.of(new Problem("body", "field 'body' makes the article too large for the topic"))
                    : List.of();
            return new Outcome(kind.status(), JsonResponses.problem(kind.status(), kind.reason(), kind.describe(), problems));
        });
    }

    private record Outcome(int status, ObjectNode body) {
    }
}
