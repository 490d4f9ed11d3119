package io.visitwire.sink.query;

import static io.visitwire.sink.query.QueryFixtures.article;
import static io.visitwire.sink.query.QueryFixtures.commitment;
import static io.visitwire.sink.query.QueryFixtures.get;
import static io.visitwire.sink.query.QueryFixtures.publish;
import static io.visitwire.sink.query.QueryFixtures.visit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.OpsServer;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.CommitmentKind;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.sink.SinkConfig;
import io.visitwire.sink.SinkMain;
import io.visitwire.sink.SinkService;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sink instances sharing one application id, each with its {@code application.server}: every query answers
 * the same, complete, from either instance, whichever of them holds the partitions; while the group rebalances
 * an answer is complete or 503, never short.
 */
@ExtendWith(RealKafkaExtension.class)
class TwoInstancesIT {

    private static final int VISITS = 12;

    @Test
    void everyQueryAnswersTheSameFromEitherInstance(KafkaBroker broker, @TempDir Path stateA, @TempDir Path stateB) {
        String surname = "Duo" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String applicationId = "sink-two-it-" + UUID.randomUUID();
        int portA = QueryFixtures.freePort();
        int portB = QueryFixtures.freePort();
        SinkConfig configA = QueryFixtures.config(broker, applicationId, stateA, portA, "127.0.0.1:" + portA);
        SinkConfig configB = QueryFixtures.config(broker, applicationId, stateB, portB, "127.0.0.1:" + portB);
        ServiceOps opsA = ServiceOps.create();
        ServiceOps opsB = ServiceOps.create();

        // visits of several people to several countries, so that their ids spread over the partitions
        List<EnrichedArticle> articles = new ArrayList<>();
        Instant t0 = Instant.parse("2025-03-01T00:00:00Z");
        for (int i = 0; i < VISITS; i++) {
            String articleId = "two-" + surname + "-" + i;
            String visitor = "Person" + (char) ('a' + i) + " " + surname;
            VisitEvent visit = visit(articleId, visitor, i % 2 == 0 ? "FR" : "DE", i % 2 == 0 ? "Paris" : "Berlin",
                    "2025-02-" + String.format("%02d", i + 1), VisitStatus.COMPLETED, "2025-02-28", t0.plusSeconds(i));
            Commitment pledge = commitment(articleId, visitor, CommitmentKind.PLEDGE, "2025-06");
            articles.add(article(articleId, "2025-02-28", List.of(visit), List.of(pledge)));
        }

        try (SinkService a = new SinkService(configA, opsA); OpsServer httpA = SinkMain.startHttp(configA, opsA, a);
             SinkService b = new SinkService(configB, opsB); OpsServer httpB = SinkMain.startHttp(configB, opsB, b)) {
            a.start();
            publish(broker, articles.toArray(EnrichedArticle[]::new));
            String byName = "/visits?visitor=" + surname + "&limit=5";
            // a alone first, until the visits have reached its stores
            await().atMost(Duration.ofMinutes(1)).until(() -> pagedIds(portA, byName), ids -> ids != null && ids.size() == VISITS);

            b.start();
            // from now on every answer is the complete list or 503: while b joins, until the group has both
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                    completeOr503(portA, byName) & completeOr503(portB, byName)
                            && a.isRunning() && b.isRunning()
                            && a.queries().instances().size() == 2 && b.queries().instances().size() == 2);
            assertEquals(2, a.queries().instances().size(), "two instances in the group: " + a.queries().instances());

            List<String> fromA = await().atMost(Duration.ofMinutes(1)).until(() -> pagedIds(portA, byName), ids -> ids != null);
            List<String> fromB = await().atMost(Duration.ofMinutes(1)).until(() -> pagedIds(portB, byName), ids -> ids != null);
            assertEquals(VISITS, fromA.size(), "every visit, paged in fives: " + fromA);
            assertEquals(fromA, fromB, "the same pages from either instance");
            assertEquals(VISITS, new TreeSet<>(fromA).size());

            // each visit by id from either instance: one of them owns it, the other asks the owner
            for (String visitId : fromA) {
                JsonNode viaA = answered(portA, "/visits/" + visitId).body();
                JsonNode viaB = answered(portB, "/visits/" + visitId).body();
                assertEquals(visitId, viaA.get("visitId").asText());
                assertEquals(viaA, viaB);
            }
            assertEquals(404, answered(portA, "/visits/visit-unknown-" + surname).status());
            assertEquals(404, answered(portB, "/visits/visit-unknown-" + surname).status());

            assertEquals(6, countries(portA, byName.replace("&limit=5", "") + "&country=FR"));
            assertEquals(6, countries(portB, byName.replace("&limit=5", "") + "&country=DE"));

            String commitments = "/commitments?committer=" + surname + "&kind=PLEDGE&dueBefore=2025-07&limit=500";
            JsonNode viaA = answered(portA, commitments).body();
            JsonNode viaB = answered(portB, commitments).body();
            assertEquals(VISITS, viaA.get("commitments").size());
            assertEquals(viaA, viaB);

            // each commitment by id from either instance, as each visit was
            for (JsonNode commitment : viaA.get("commitments")) {
                String path = "/commitments/" + URLEncoder.encode(commitment.get("id").asText(), StandardCharsets.UTF_8);
                assertEquals(commitment, answered(portA, path).body());
                assertEquals(commitment, answered(portB, path).body());
            }
            assertEquals(404, answered(portB, "/commitments/c-unknown-" + surname).status());
        }
    }

    /**
     * Without {@code application.server} an instance cannot ask the others, so it answers only while it runs every
     * partition; while the two share them, 503, never the half it holds.
     */
    @Test
    void instancesThatCannotAskOneAnotherAnswerCompleteOr503(KafkaBroker broker, @TempDir Path stateA, @TempDir Path stateB) {
        String surname = "Solo" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String applicationId = "sink-two-alone-it-" + UUID.randomUUID();
        SinkConfig configA = QueryFixtures.config(broker, applicationId, stateA, 0, null);
        SinkConfig configB = QueryFixtures.config(broker, applicationId, stateB, 0, null);
        ServiceOps opsA = ServiceOps.create();
        ServiceOps opsB = ServiceOps.create();
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < VISITS; i++) {
            String articleId = "alone-" + surname + "-" + i;
            articles.add(article(articleId, "2025-02-28", List.of(visit(articleId, "Person" + (char) ('a' + i) + " " + surname,
                    "FR", "Paris", "2025-01-" + String.format("%02d", i + 1), VisitStatus.COMPLETED, "2025-02-28",
                    Instant.parse("2025-03-01T00:00:00Z").plusSeconds(i))), List.of()));
        }
        try (SinkService a = new SinkService(configA, opsA); OpsServer httpA = SinkMain.startHttp(configA, opsA, a);
             SinkService b = new SinkService(configB, opsB); OpsServer httpB = SinkMain.startHttp(configB, opsB, b)) {
            a.start();
            publish(broker, articles.toArray(EnrichedArticle[]::new));
            String byName = "/visits?visitor=" + surname;
            await().atMost(Duration.ofMinutes(1)).until(() -> pagedIds(httpA.port(), byName),
                    ids -> ids != null && ids.size() == VISITS);
            b.start();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                    b.isRunning() && a.isRunning());
            // whichever way the partitions went, each answer is complete or 503
            for (int round = 0; round < 10; round++) {
                completeOr503(httpA.port(), byName);
                completeOr503(httpB.port(), byName);
            }
            boolean aAnswers = get(httpA.port(), byName).status() == 200;
            boolean bAnswers = get(httpB.port(), byName).status() == 200;
            assertTrue(!(aAnswers && bAnswers), "two instances cannot both run every partition");
        }
    }

    /** 503 with Retry-After, or a 200 with every one of the visits. */
    private static boolean completeOr503(int port, String query) {
        QueryFixtures.Answer answer = get(port, query);
        if (answer.status() == 503) {
            assertTrue(answer.response().headers().firstValue("Retry-After").isPresent(), "503 without Retry-After");
            return false;
        }
        assertEquals(200, answer.status(), answer.response().body());
        List<String> ids = pagedIds(port, query);
        if (ids == null) {
            return false;
        }
        assertEquals(VISITS, ids.size(), "a complete answer, not a short one: " + ids);
        return true;
    }

    /** Every page's visit ids, or null when a page answered 503. */
    private static List<String> pagedIds(int port, String query) {
        List<String> ids = new ArrayList<>();
        QueryFixtures.Answer page = get(port, query);
        while (true) {
            if (page.status() == 503) {
                return null;
            }
            assertEquals(200, page.status(), page.response().body());
            page.body().get("visits").forEach(v -> ids.add(v.get("visitId").asText()));
            if (page.body().get("nextCursor").isNull()) {
                return ids;
            }
            page = get(port, query + "&cursor=" + page.body().get("nextCursor").asText());
        }
    }

    /** The answer once it is not 503: a client that honours Retry-After. */
    private static QueryFixtures.Answer answered(int port, String query) {
        return await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(port, query), answer -> answer.status() != 503);
    }

    private static int countries(int port, String query) {
        QueryFixtures.Answer answer = answered(port, query);
        assertEquals(200, answer.status(), answer.response().body());
        return answer.body().get("visits").size();
    }
}
