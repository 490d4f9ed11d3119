package io.visitwire.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichService;
import io.visitwire.reliability.ScriptedEnricher.ScriptedFailure;
import io.visitwire.schemas.AvroSerde;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.config.Settings;
import io.visitwire.schemas.deadletter.DeadLetterHeaders;
import io.visitwire.schemas.deadletter.RecordOrigin;
import io.visitwire.schemas.deadletter.RequiredValue;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison records written straight to {@code articles.raw.v1}, past the ingest API's checks, each
 * followed by a good article on the same partition: the poison lands on {@code articles.dlq.v1}
 * with its original bytes and headers saying where it came from and why it failed, and every good
 * article after it is enriched, by one enrich service that keeps running.
 *
 * Poison includes a tombstone and a value of zero bytes, and records carrying headers in the names of
 * Streams' and visitwire's own ({@code __streams.errors.*}, {@code visitwire.origin.*}): they neither
 * decide where a dead letter came from nor reach {@code articles.enriched.v1}.
 *
 * <p>On the shared broker other tests' records are on the same topics, so everything here is
 * told apart by this run's keys.
 */
@ExtendWith(RealKafkaExtension.class)
class PoisonRecordsIT {

    private static final int PARTITION = 0;
    private static final AvroSerde<Article> ARTICLES = AvroSerde.of(Article.class);
    private static final String TRACE_HEADER = "traceparent";

    /** A record as written, and where the broker put it. */
    private record Written(String key, byte[] value, long offset, String expectedStage, String expectedException,
                           String expectedMessage) {
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsOriginAndTheRecordsAfterItAreEnriched(KafkaBroker kafka,
                                                                                       @TempDir Path stateDir) {
        String run = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = kafka.createAdmin()) {
            TopicProvisioner.ensureTopics(admin, Topics.ALL, 2, (short) 1);
        }
        byte[] goodBytes = ARTICLES.encode(article(run + "-template", "Envoy Template", "FR"));
        byte[] unknownFingerprint = Arrays.copyOf(goodBytes, goodBytes.length);
        // single-object encoding: 2 marker bytes, then the writer schema's 8-byte fingerprint
        for (int i = 2; i < 10; i++) {
            unknownFingerprint[i] = (byte) ~unknownFingerprint[i];
        }

        List<Written> poison = new ArrayList<>();
        List<String> good = new ArrayList<>();
        Map<String, String> goodVisitors = new LinkedHashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = rawProducer(kafka)) {
            poison.add(write(producer, run + "-not-avro", "{\"id\": \"plain JSON, not Avro\"}".getBytes(StandardCharsets.UTF_8),
                    "deserialize", SerializationException.class, null, forgedHeaders()));
            good.add(writeGood(producer, run, 1, goodVisitors));
            poison.add(write(producer, run + "-unknown-schema", unknownFingerprint, "deserialize", SerializationException.class,
                    null, new RecordHeaders()));
            good.add(writeGood(producer, run, 2, goodVisitors));
            poison.add(write(producer, run + "-truncated", Arrays.copyOf(goodBytes, goodBytes.length / 2),
                    "deserialize", SerializationException.class, null, new RecordHeaders()));
            good.add(writeGood(producer, run, 3, goodVisitors));
            Article failing = Article.newBuilder(article(run + "-nlp-failure", "Envoy Failing", "DE"))
                    .setBody("Envoy Failing arrived.\n" + ScriptedEnricher.failLine("the stand-in NLP gave up")).build();
            // a forged origin on a record that is decoded and fails later must not name its dead letter either
            poison.add(write(producer, failing.getId(), ARTICLES.encode(failing), "enrich", ScriptedFailure.class,
                    null, forgedHeaders()));
            good.add(writeGood(producer, run, 4, goodVisitors));
            poison.add(write(producer, run + "-tombstone", null, "deserialize", SerializationException.class,
                    RequiredValue.NULL_VALUE, new RecordHeaders()));
            good.add(writeGood(producer, run, 5, goodVisitors));
            poison.add(write(producer, run + "-empty", new byte[0], "deserialize", SerializationException.class,
                    RequiredValue.EMPTY_VALUE, new RecordHeaders()));
            good.add(writeGood(producer, run, 6, goodVisitors));
        }

        Settings settings = Settings.of(Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "enrich.application.id", run + "-enrich",
                "state.dir", stateDir.toString()));
        TopicContents topics = new TopicContents(kafka.clientProperties());
        Set<String> poisonKeys = poison.stream().map(Written::key).collect(Collectors.toSet());
        try (EnrichService enrich = new EnrichService(EnrichConfig.from(settings), new ScriptedEnricher())) {
            enrich.start();
            await("the good articles enriched and the poison dead-lettered").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> byKey(topics.readAll(Topics.ARTICLES_ENRICHED.name())).keySet().containsAll(good)
                            && byKey(topics.readAll(Topics.ARTICLES_DLQ.name())).keySet().containsAll(poisonKeys));
            assertTrue(enrich.isRunning(), "the enrich service stopped on poison");
        }

        Map<String, List<ConsumerRecord<byte[], byte[]>>> deadLetters = byKey(topics.readAll(Topics.ARTICLES_DLQ.name()));
        Map<String, List<ConsumerRecord<byte[], byte[]>>> enriched = byKey(topics.readAll(Topics.ARTICLES_ENRICHED.name()));
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Written written : poison) {
            List<ConsumerRecord<byte[], byte[]>> letters = deadLetters.get(written.key());
            checks.add(() -> assertEquals(1, letters.size(), written.key() + " dead-lettered once"));
            ConsumerRecord<byte[], byte[]> letter = letters.get(0);
            Headers headers = letter.headers();
            checks.add(() -> assertArrayEquals(written.value(), letter.value(), written.key() + ": original bytes kept"));
            checks.add(() -> assertEquals(written.expectedStage(), DeadLetterHeaders.text(headers, DeadLetterHeaders.STAGE),
                    written.key() + ": stage"));
            checks.add(() -> assertEquals(written.expectedException(),
                    DeadLetterHeaders.text(headers, DeadLetterHeaders.EXCEPTION_CLASS), written.key() + ": exception class"));
            checks.add(() -> assertTrue(!DeadLetterHeaders.text(headers, DeadLetterHeaders.EXCEPTION_MESSAGE).isBlank(),
                    written.key() + ": exception message"));
            if (written.expectedMessage() != null) {
                checks.add(() -> assertTrue(DeadLetterHeaders.text(headers, DeadLetterHeaders.EXCEPTION_MESSAGE)
                        .startsWith(written.expectedMessage()), written.key() + ": exception message says why"));
            }
            checks.add(() -> assertEquals(Topics.ARTICLES_RAW.name(), DeadLetterHeaders.text(headers, DeadLetterHeaders.SOURCE_TOPIC),
                    written.key() + ": source topic"));
            checks.add(() -> assertEquals(Integer.toString(PARTITION),
                    DeadLetterHeaders.text(headers, DeadLetterHeaders.SOURCE_PARTITION), written.key() + ": source partition"));
            checks.add(() -> assertEquals(Long.toString(written.offset()),
                    DeadLetterHeaders.text(headers, DeadLetterHeaders.SOURCE_OFFSET), written.key() + ": source offset"));
            checks.add(() -> assertNotNull(Instant.ofEpochMilli(Long.parseLong(
                    DeadLetterHeaders.text(headers, DeadLetterHeaders.FAILED_AT))), written.key() + ": failed at"));
            checks.add(() -> assertTrue(!enriched.containsKey(written.key()), written.key() + " must not be enriched"));
        }
        for (String id : good) {
            checks.add(() -> assertEquals(1, enriched.get(id).size(), id + " enriched once"));
            checks.add(() -> {
                // the good articles came with forged headers and a trace header: only the trace header passes
                List<String> names = new ArrayList<>();
                enriched.get(id).get(0).headers().forEach(header -> names.add(header.key()));
                assertEquals(List.of(TRACE_HEADER), names, id + ": headers of the enriched article");
            });
            checks.add(() -> {
                EnrichedArticle article = Topics.ARTICLES_ENRICHED.valueSerde().deserializer()
                        .deserialize(Topics.ARTICLES_ENRICHED.name(), enriched.get(id).get(0).value());
                assertEquals(goodVisitors.get(id), article.getVisits().get(0).getVisitor().getName(), id + ": its visit");
            });
        }
        assertAll(checks);
    }

    private static Written write(KafkaProducer<byte[], byte[]> producer, String key, byte[] value, String stage,
                                 Class<? extends Exception> exception, String message, Headers headers) {
        RecordMetadata metadata = send(producer, key, value, headers);
        return new Written(key, value, metadata.offset(), stage, exception.getName(), message);
    }

    private static String writeGood(KafkaProducer<byte[], byte[]> producer, String run, int n,
                                    Map<String, String> visitors) {
        String visitor = "Envoy Good" + n;
        Article article = article(run + "-good-" + n, visitor, "JP");
        RecordHeaders headers = forgedHeaders();
        headers.add(TRACE_HEADER, ("trace-" + n).getBytes(StandardCharsets.UTF_8));
        send(producer, article.getId(), ARTICLES.encode(article), headers);
        visitors.put(article.getId(), visitor);
        return article.getId();
    }

    private static Article article(String id, String visitor, String country) {
        return Article.newBuilder()
                .setId(id)
                .setSource("poison-test")
                .setPublished("2024-05-01")
                .setTitle(visitor + " visits " + country)
                .setBody(visitor + " arrived.\n" + ScriptedEnricher.visitLine(visitor, country, "2024-05-01") + "\n")
                .setReceivedAt(Instant.now())
                .build();
    }

    /** Headers in the names of Streams' dead-letter headers and of visitwire's own, the origin stamp's included. */
    private static RecordHeaders forgedHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.EXCEPTION_CLASS, "fake".getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.SOURCE_TOPIC, "elsewhere".getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.STAGE, "fake".getBytes(StandardCharsets.UTF_8));
        headers.add(RecordOrigin.TOPIC, "elsewhere".getBytes(StandardCharsets.UTF_8));
        headers.add(RecordOrigin.PARTITION, "7".getBytes(StandardCharsets.UTF_8));
        headers.add(RecordOrigin.OFFSET, "7".getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static RecordMetadata send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value, Headers headers) {
        try {
            return producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), PARTITION,
                    key.getBytes(StandardCharsets.UTF_8), value, headers)).get();
        } catch (Exception e) {
            throw new AssertionError("Could not write " + key + " to " + Topics.ARTICLES_RAW.name(), e);
        }
    }

    private static KafkaProducer<byte[], byte[]> rawProducer(KafkaBroker kafka) {
        Map<String, Object> props = kafka.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static Map<String, List<ConsumerRecord<byte[], byte[]>>> byKey(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().filter(record -> record.key() != null)
                .collect(Collectors.groupingBy(TopicContents::key, LinkedHashMap::new, Collectors.toList()));
    }
}
