package io.visitwire.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles:batch}: JSON Lines, one article per line, blank lines skipped. Valid lines are
 * published (all sends in flight at once, so the producer batches them) and the answer waits for every
 * acknowledgement. Line numbers count every line of the body, blank ones included, from 1.
 */
final class BatchHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(BatchHandler.class);

    private final Publisher publisher;
    private final ArticleParser parser;
    private final long maxRequestBytes;
    private final Clock clock;
    private final IngestMetrics metrics;

    BatchHandler(Publisher publisher, ArticleParser parser, long maxRequestBytes, Clock clock, IngestMetrics metrics) {
        this.publisher = publisher;
        this.parser = parser;
        this.maxRequestBytes = maxRequestBytes;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void handle(Context ctx) {
        List<Line> lines;
        try {
            RequestBodies.requireContentType(ctx, RequestBodies.JSON_LINES_TYPES);
            lines = parseLines(RequestBodies.read(ctx, maxRequestBytes), clock.instant());
        } catch (RejectedRequest rejection) {
            log.debug("POST /articles:batch refused with {}: {}", rejection.status(), rejection.error());
            metrics.rejected(rejection.reason(), 1);
            JsonResponses.send(ctx, rejection);
            return;
        }
        lines.stream().filter(line -> !line.isValid()).forEach(line -> metrics.rejected(line.reason, 1));
        if (lines.stream().noneMatch(Line::isValid)) {
            ObjectNode body = JsonResponses.noValidArticle(lines.size());
            body.set("rejected", rejected(lines));
            JsonResponses.send(ctx, HttpStatus.BAD_REQUEST.getCode(), body);
            return;
        }
        List<CompletableFuture<Publisher.Acknowledgement>> sends = lines.stream()
                .map(line -> line.isValid() ? PublishFailure.attempt(publisher, line.article) : null)
                .toList();
        CompletableFuture<?>[] inFlight = sends.stream().filter(send -> send != null).toArray(CompletableFuture[]::new);
        ctx.future(() -> CompletableFuture.allOf(inFlight)
                .handle((ignored, failure) -> answer(lines, sends))
                .thenAccept(answer -> JsonResponses.send(ctx, answer.status, answer.body)));
    }

    private List<Line> parseLines(byte[] body, Instant receivedAt) {
        List<Line> lines = new ArrayList<>();
        int start = startsWithByteOrderMark(body) ? 3 : 0;
        int number = 1;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '\n', start);
            int contentEnd = end > start && body[end - 1] == '\r' ? end - 1 : end;
            if (!isBlank(body, start, contentEnd)) {
                lines.add(parseLine(number, body, start, contentEnd, receivedAt));
            }
            start = end + 1;
            number++;
        }
        if (lines.isEmpty()) {
            throw new RejectedRequest(HttpStatus.BAD_REQUEST.getCode(), RejectionReason.EMPTY_REQUEST,
                    "empty batch: no article lines");
        }
        return lines;
    }

    private Line parseLine(int number, byte[] body, int start, int end, Instant receivedAt) {
        JsonNode document;
        try {
            document = ArticleParser.readJson(body, start, end - start);
        } catch (ArticleParser.MalformedJsonException e) {
            return new Line(number, null, List.of(Problem.ofDocument(e.getMessage())), RejectionReason.MALFORMED_JSON);
        }
        ParseResult result = parser.parse(document, receivedAt);
        if (result instanceof ParseResult.Valid valid) {
            return new Line(number, valid.article(), List.of(), null);
        }
        return new Line(number, null, result.problems(),
                ((ParseResult.Invalid) result).bodyTooLarge() ? RejectionReason.TOO_LARGE : RejectionReason.INVALID_ARTICLE);
    }

    private Answer answer(List<Line> lines, List<CompletableFuture<Publisher.Acknowledgement>> sends) {
        List<String> ids = new ArrayList<>();
        List<Line> rejected = new ArrayList<>();
        Throwable brokerFailure = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            CompletableFuture<Publisher.Acknowledgement> send = sends.get(i);
            if (send == null) {
                rejected.add(line);
                continue;
            }
            Throwable failure = send.handle((ack, error) -> error).join();
            if (failure == null) {
                ids.add(line.article.getId());
                log.debug("Article {} (batch line {}) accepted", line.article.getId(), line.number);
            } else if (PublishFailure.of(failure) == PublishFailure.TOO_LARGE) {
                metrics.rejected(RejectionReason.TOO_LARGE, 1);
                rejected.add(new Line(line.number, null, List.of(
                        new Problem("body", PublishFailure.TOO_LARGE.describe())), RejectionReason.TOO_LARGE));
            } else {
                metrics.rejected(PublishFailure.of(failure).reason(), 1);
                log.warn("Article {} (batch line {}) not published: {}", line.article.getId(), line.number,
                        PublishFailure.unwrap(failure).toString());
                brokerFailure = brokerFailure == null ? failure : brokerFailure;
            }
        }
        metrics.accepted(ids.size());
        if (brokerFailure != null) {
            // Re-posting is idempotent (same ids, same keys), so the client can simply send the batch again.
            PublishFailure kind = PublishFailure.of(brokerFailure);
            ObjectNode body = JsonResponses.problem(kind.status(), kind.reason(), kind.describe(), List.of());
            body.set("ids", JsonResponses.strings(ids));
            return new Answer(kind.status(), body);
        }
        rejected.sort(Comparator.comparingInt(Line::number));
        if (ids.isEmpty()) {
            ObjectNode body = JsonResponses.noValidArticle(rejected.size());
            body.set("rejected", rejected(rejected));
            return new Answer(HttpStatus.BAD_REQUEST.getCode(), body);
        }
        log.info("Batch accepted: {} articles ({} ... {}), {} lines rejected", ids.size(), ids.get(0),
                ids.get(ids.size() - 1), rejected.size());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("ids", JsonResponses.strings(ids));
        body.set("rejected", rejected(rejected));
        return new Answer(HttpStatus.ACCEPTED.getCode(), body);
    }

    private static ArrayNode rejected(List<Line> lines) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Line line : lines) {
            if (!line.isValid()) {
                ObjectNode item = array.addObject();
                item.put("line", line.number);
                item.set("problems", JsonResponses.problems(line.problems));
            }
        }
        return array;
    }

    private static boolean startsWithByteOrderMark(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** One non-blank line: the article when valid, else its problems and why it was refused. */
    private record Line(int number, Article article, List<Problem> problems, RejectionReason reason) {
        boolean isValid() {
            return article != null;
        }
    }

    private record Answer(int status, ObjectNode body) {
    }
}
