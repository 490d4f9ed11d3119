package io.visitwire.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.ingest.IngestService;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.Topics;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hundreds of bad requests against the service on a real broker, each checked the way its client would see it:
 * the status, a JSON problem body (RFC 9457) naming the problem and no exception, the {@code Allow} header of a
 * 405, what {@code /metrics} counts for it; none is published, nothing is logged above debug, and the service is
 * still healthy after.
 */
@ExtendWith(RealKafkaExtension.class)
class BadInputCorpusIT {

    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Pattern REJECTED = Pattern.compile("^visitwire_articles_rejected_total\\{reason=\"(\\w+)\"[^}]*} (\\S+)$",
            Pattern.MULTILINE);
    /**
     * A class name such as java.util.concurrent.TimeoutException, any *Exception, or Jackson's `backticked` names of
     * classes and features: internals a client must not see.
     */
    private static final Pattern EXCEPTION_NAME = Pattern.compile(
            "[A-Za-z]+(Exception|Error)\\b|\\b(java|jakarta|com\\.fasterxml|org\\.eclipse|io\\.javalin|io\\.visitwire)\\.|`");
    /** A WARN or ERROR line of slf4j-simple from the HTTP stack or the service, or a stack trace line. */
    private static final Pattern LOUD_LOG = Pattern.compile(
            "(\\b(WARN|ERROR) (org\\.eclipse\\.jetty|io\\.javalin|io\\.visitwire))|(^\\s+at [a-z])", Pattern.MULTILINE);

    private static IngestService service;
    private static KafkaBroker kafka;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startService(KafkaBroker broker) {
        kafka = broker;
        broker.createTopicsIfAbsent(Topics.ARTICLES_RAW.name());
        Map<String, String> settings = new HashMap<>();
        broker.clientProperties().forEach((key, value) -> settings.put(IngestConfig.KAFKA_PREFIX + key, String.valueOf(value)));
        settings.put("max.body.bytes", Integer.toString(MAX_BODY_BYTES));
        settings.put("http.port", "0");
        service = IngestService.start(IngestConfig.fromSettings(settings, "corpus test"));
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyBadRequestGetsItsStatusAndAJsonProblemIsCountedAndNothingIsPublishedOrLogged() throws Exception {
        List<BadInputCorpus.Case> corpus = BadInputCorpus.all(MAX_BODY_BYTES);
        assertTrue(corpus.size() >= 250, "corpus has " + corpus.size() + " cases");
        long publishedBefore = endOffset();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        String log;
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Map<String, Double> counted = rejectedCounts();
            for (BadInputCorpus.Case bad : corpus) {
                Answer answer = send(bad.request());
                Map<String, Double> countedAfter = rejectedCounts();
                byStatus.merge(answer.status(), 1, Integer::sum);
                wrong.addAll(check(bad, answer, difference(counted, countedAfter)));
                counted = countedAfter;
            }
        } finally {
            System.setErr(stderr);
            log = captured.toString(StandardCharsets.UTF_8);
            stderr.print(log);
        }

        System.out.printf("bad-input corpus: %d cases, answered by status %s%n", corpus.size(), byStatus);
        assertEquals(List.of(), wrong);
        assertEquals(publishedBefore, endOffset(), "a bad request published something");
        Matcher loud = LOUD_LOG.matcher(log);
        assertTrue(!loud.find(), () -> "bad requests were logged above debug:\n" + log);
        assertEquals(200, http.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(202, send(new BadInputCorpus.Post("/articles", BadInputCorpus.JSON,
                BadInputCorpus.json(BadInputCorpus.VALID).getBytes(StandardCharsets.UTF_8))).status());
    }

    @Test
    void aBodyThatStopsArrivingGets408WhenTheConnectionTimesOutAndNamesNoException() throws Exception {
        Map<String, Double> before = rejectedCounts();
        // declares 1000 bytes, sends 10, then waits: Jetty's idle timeout (30 s) fails the read
        String head = "POST /articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\nConnection: close\r\n\r\n{\"id\":\"sl";

        Answer answer = sendRaw(head.getBytes(StandardCharsets.UTF_8));

        List<String> wrong = check(new BadInputCorpus.Case("stalled body", new BadInputCorpus.Raw(new byte[0]), 408,
                BadInputCorpus.TYPE_PREFIX + "empty_request", null, Map.of("empty_request", 1)), answer,
                difference(before, rejectedCounts()));
        assertEquals(List.of(), wrong);
    }

    @Test
    void aBatchAcceptsItsGoodLinesAndListsTheBadOnesByLineNumber() throws Exception {
        String batch = String.join("\n",
                "{\"id\":\"batch-good-1\",\"title\":\"One\",\"body\":\"First.\"}",
                "{\"id\":\"batch-bad-2\",\"title\":\"Two\"}",
                "not json",
                "",
                "{\"id\":\"batch-good-5\",\"title\":\"Five\",\"body\":\"Fifth.\",\"published\":\"2024-01-05\"}",
                "{\"id\":\"batch-bad-6\",\"title\":\"Six\",\"body\":\"Sixth.\",\"published\":\"2024-13-01\"}");
        long before = endOffset();

        Answer answer = send(new BadInputCorpus.Post("/articles:batch", BadInputCorpus.NDJSON, batch.getBytes(StandardCharsets.UTF_8)));

        assertEquals(202, answer.status(), answer.body());
        JsonNode body = RecordJson.MAPPER.readTree(answer.body());
        assertEquals("[\"batch-good-1\",\"batch-good-5\"]", body.get("ids").toString());
        List<Integer> rejectedLines = new ArrayList<>();
        body.get("rejected").forEach(rejected -> rejectedLines.add(rejected.get("line").asInt()));
        assertEquals(List.of(2, 3, 6), rejectedLines);
        assertEquals(before + 2, endOffset());
    }

    /** What is wrong with {@code answer} for {@code bad}, one line per fault; empty when it is right in every part. */
    private static List<String> check(BadInputCorpus.Case bad, Answer answer, Map<String, Integer> counted) {
        List<String> wrong = new ArrayList<>();
        String prefix = bad.name() + ": ";
        if (answer.status() != bad.expectedStatus()) {
            wrong.add(prefix + "expected " + bad.expectedStatus() + ", got " + answer.status() + " " + excerpt(answer.body()));
            return wrong;
        }
        if (!answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(prefix + "Content-Type " + answer.header("Content-Type").orElse("(none)") + ": " + excerpt(answer.body()));
        }
        JsonNode body;
        try {
            body = RecordJson.MAPPER.readTree(answer.body());
        } catch (IOException e) {
            wrong.add(prefix + "body is not JSON: " + excerpt(answer.body()));
            return wrong;
        }
        if (body == null || !body.isObject()) {
            wrong.add(prefix + "body is not a JSON object: " + excerpt(answer.body()));
            return wrong;
        }
        if (!bad.type().equals(body.path("type").asText())) {
            wrong.add(prefix + "type " + body.get("type") + ", expected " + bad.type());
        }
        if (!body.path("title").isTextual() || body.get("title").asText().isBlank()) {
            wrong.add(prefix + "no title: " + body);
        }
        if (body.path("status").asInt() != answer.status() || !body.path("status").isInt()) {
            wrong.add(prefix + "status member " + body.get("status") + " is not the response status " + answer.status());
        }
        if (!body.path("detail").isTextual() || body.get("detail").asText().isBlank()) {
            wrong.add(prefix + "no detail: " + body);
        }
        // the members clients read before problem+json
        if (!body.path("error").isTextual() || !body.path("problems").isArray()) {
            wrong.add(prefix + "no error and problems members: " + body);
        }
        if (EXCEPTION_NAME.matcher(answer.body()).find()) {
            wrong.add(prefix + "names an internal class: " + body);
        }
        if (bad.allow() != null && !bad.allow().equals(answer.header("Allow").orElse(null))) {
            wrong.add(prefix + "Allow " + answer.header("Allow").orElse("(none)") + ", expected " + bad.allow());
        }
        if (!bad.counted().equals(counted)) {
            wrong.add(prefix + "counted " + counted + " in visitwire_articles_rejected_total, expected " + bad.counted());
        }
        return wrong;
    }

    private static String excerpt(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** One response: status, headers (names in lower case) and body. */
    private record Answer(int status, Map<String, String> headers, String body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private Answer send(BadInputCorpus.Request request) throws Exception {
        if (request instanceof BadInputCorpus.Raw raw) {
            return sendRaw(raw.bytes());
        }
        BadInputCorpus.Post post = (BadInputCorpus.Post) request;
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(post.path())).POST(HttpRequest.BodyPublishers.ofByteArray(post.body()));
        if (post.contentType() != null) {
            builder.header("Content-Type", post.contentType());
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> headers = new HashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        return new Answer(response.statusCode(), headers, response.body());
    }

    /** Writes the bytes as they are and reads the answer to the end of the connection. */
    private static Answer sendRaw(byte[] request) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket("127.0.0.1", service.httpPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketException e) {
                // a reset after the answer was sent: keep what arrived
                if (received.size() == 0) {
                    throw e;
                }
            }
        }
        return parse(received.toByteArray());
    }

    private static Answer parse(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(-1, Map.of(), "(no complete HTTP response) " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    /** visitwire_articles_rejected_total by reason, as /metrics shows it. */
    private Map<String, Double> rejectedCounts() throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(uri("/metrics")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> counts = new TreeMap<>();
        Matcher matcher = REJECTED.matcher(metrics);
        while (matcher.find()) {
            counts.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return counts;
    }

    private static Map<String, Integer> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Integer> difference = new TreeMap<>();
        after.forEach((reason, count) -> {
            int delta = (int) Math.round(count - before.getOrDefault(reason, 0.0));
            if (delta != 0) {
                difference.put(reason, delta);
            }
        });
        return difference;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.httpPort() + path);
    }

    private static long endOffset() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.clientProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_RAW.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
