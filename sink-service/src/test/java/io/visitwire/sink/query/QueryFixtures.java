package io.visitwire.sink.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.VisitIds;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.schemas.config.Settings;
import io.visitwire.sink.SinkConfig;
import io.visitwire.testkit.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/** Enriched articles to post, the sink's config, and HTTP for the query ITs. */
public final class QueryFixtures {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static SinkConfig config(KafkaBroker broker, String applicationId, Path stateDir, int httpPort, String applicationServer) {
        Map<String, String> values = new HashMap<>();
        broker.clientProperties().forEach((k, v) -> values.put("kafka." + k, String.valueOf(v)));
        values.put("sink.application.id", applicationId);
        values.put("state.dir", stateDir.toString());
        values.put("sink.http.port", Integer.toString(httpPort));
        if (applicationServer != null) {
            values.put("sink.application.server", applicationServer);
        }
        return SinkConfig.from(Settings.of(values));
    }

    static VisitEvent visit(String articleId, String visitor, String country, String place, String start,
                            VisitStatus status, String published, Instant updatedAt) {
        return VisitEvent.newBuilder()
                .setVisitId(VisitIds.of(visitor, country, start, articleId))
                .setVisitor(PersonRef.newBuilder().setName(visitor).setTitle("Energy Minister").setCountry("DK").build())
                .setPlace(place).setCountry(country).setStart(start).setEnd(null).setHosts(List.of())
                .setStatus(status).setSources(List.of(new SourceRef(articleId, "https://example.org/" + articleId, published)))
                .setEvidence(List.of(new Evidence(articleId, null, "The minister travels to " + place + ".", 0, 30)))
                .setUpdatedAt(updatedAt)
                .build();
    }

    static Commitment commitment(String articleId, String committer, CommitmentKind kind, String due) {
        return Commitment.newBuilder().setId("c-" + articleId).setArticleId(articleId).setCommitter(committer)
                .setCommitterType("PERSON").setAction("fund a geothermal plant").setKind(kind).setDue(due)
                .setEvidence(new Evidence(articleId, null, committer + " pledged to fund a geothermal plant.", 0, 40))
                .build();
    }

    static EnrichedArticle article(String articleId, String published, List<VisitEvent> visits, List<Commitment> commitments) {
        return EnrichedArticle.newBuilder().setArticleId(articleId).setTitle("t").setEngineVersion("it")
                .setPublished(published).setVisitEvents(visits).setCommitments(commitments)
                .setEnrichedAt(Instant.now()).build();
    }

    static void publish(KafkaBroker broker, EnrichedArticle... articles) {
        Map<String, Object> props = broker.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(props,
                Topics.ARTICLES_ENRICHED.keySerde().serializer(), Topics.ARTICLES_ENRICHED.valueSerde().serializer())) {
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED.name(), article.getArticleId(), article));
            }
        }
    }

    /** The latest JSON of each visit id on {@code visits.v1} whose visitor has this name: what {@code tail} prints. */
    static Map<String, JsonNode> latestVisitsOnTopic(KafkaBroker broker, String visitor) {
        Map<String, JsonNode> latest = new HashMap<>();
        latestVisits(broker, visitor).forEach((id, visit) -> latest.put(id, RecordJson.toJson(visit)));
        return latest;
    }

    /** The latest record of each visit id on {@code visits.v1} (committed ones) whose visitor has this name. */
    public static Map<String, VisitEvent> latestVisits(KafkaBroker broker, String visitor) {
        Properties props = new Properties();
        props.putAll(broker.clientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, VisitEvent> latest = new HashMap<>();
        try (KafkaConsumer<String, VisitEvent> consumer = new KafkaConsumer<>(props,
                Topics.VISITS.keySerde().deserializer(), Topics.VISITS.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.VISITS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, VisitEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && record.value().getVisitor().getName().equals(visitor)) {
                        latest.put(record.key(), record.value());
                    }
                }
            }
        }
        return latest;
    }

    /** A status code, its headers and its body as JSON. */
    record Answer(int status, HttpResponse<String> response, JsonNode body) {
        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }
    }

    static Answer get(int port, String pathAndQuery) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : RecordJson.MAPPER.readTree(response.body());
            return new Answer(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port free now, for an instance whose {@code application.server} must be known before it listens. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QueryFixtures() {
    }
}
