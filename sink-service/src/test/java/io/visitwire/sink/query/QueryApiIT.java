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
import io.visitwire.ops.http.ProblemDetails;
import io.visitwire.schemas.avro.CommitmentKind;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query API of one sink instance on a real broker, composed as {@link SinkMain} composes it: enriched articles
 * in, the three queries answered from the stores, a visit updated by a second article.
 */
@ExtendWith(RealKafkaExtension.class)
class QueryApiIT {

    @Test
    void answersTheThreeQueriesFromTheStoresIncludingAVisitUpdatedByASecondArticle(KafkaBroker broker, @TempDir Path state) {
        String surname = "Qvist" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String visitor = "Ines " + surname;
        Instant t0 = Instant.parse("2024-09-20T10:00:00Z");
        String a1 = "q-a1-" + surname;
        String a2 = "q-a2-" + surname;
        VisitEvent planned = visit(a1, visitor, "IS", "Reykjavik", "2024-09", VisitStatus.PLANNED, "2024-08-28", t0);
        SinkConfig config = QueryFixtures.config(broker, "sink-query-it-" + UUID.randomUUID(), state, 0, null);
        ServiceOps ops = ServiceOps.create();
        try (SinkService sink = new SinkService(config, ops); OpsServer http = SinkMain.startHttp(config, ops, sink)) {
            int port = http.port();
            sink.start();
            publish(broker, article(a1, "2024-08-28", List.of(planned), List.of(commitment(a1, visitor, CommitmentKind.PLEDGE, "2024-10"))));
            String byName = "/visits?visitor=" + encode(visitor);
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                QueryFixtures.Answer answer = get(port, byName);
                return answer.status() == 200 && answer.body().get("visits").size() == 1;
            });
            JsonNode first = get(port, byName).body().get("visits").get(0);
            assertEquals("PLANNED", first.get("status").asText());
            String visitId = first.get("visitId").asText();

            // the second article reports the visit as it happened, and another trip, to Norway
            VisitEvent completed = visit(a2, visitor, "IS", "Reykjavik", "2024-09-16", VisitStatus.COMPLETED, "2024-09-17",
                    t0.plusSeconds(60));
            VisitEvent norway = visit(a2, visitor, "NO", "Oslo", "2023-05-02", VisitStatus.COMPLETED, "2024-09-17",
                    t0.plusSeconds(30));
            publish(broker, article(a2, "2024-09-17", List.of(completed, norway), List.of()));
            await().atMost(Duration.ofMinutes(1)).until(() -> {
                JsonNode visits = get(port, byName).body().get("visits");
                return visits.size() == 2 && visits.get(0).get("sources").size() == 2;
            });

            QueryFixtures.Answer all = get(port, byName);
            assertEquals(200, all.status());
            assertTrue(all.contentType().startsWith("application/json"), all.contentType());
            JsonNode visits = all.body().get("visits");
            assertEquals(visitId, visits.get(0).get("visitId").asText(), "the updated visit keeps its id and comes first");
            assertEquals("COMPLETED", visits.get(0).get("status").asText());
            assertEquals("2024-09-16", visits.get(0).get("start").asText());
            assertEquals("NO", visits.get(1).get("country").asText());
            assertTrue(all.body().get("nextCursor").isNull());

            // each visit is the JSON visits.v1 holds for it, as `visitwire tail visits.v1` prints it
            Map<String, JsonNode> onTopic = QueryFixtures.latestVisitsOnTopic(broker, visitor);
            assertEquals(onTopic.get(visitId), visits.get(0));
            assertEquals(onTopic.get(visitId), get(port, "/visits/" + visitId).body());

            // names fold case, diacritics and titles; the surname alone finds the person
            for (String name : List.of(surname, surname.toUpperCase(), "Inés " + surname, "Energy Minister Ines " + surname,
                    "I. " + surname)) {
                assertEquals(2, get(port, "/visits?visitor=" + encode(name)).body().get("visits").size(), name);
            }
            assertEquals(0, get(port, "/visits?visitor=" + encode("Karin " + surname)).body().get("visits").size());

            assertEquals(Set.of("IS"), countries(get(port, byName + "&country=IS")));
            assertEquals(Set.of("IS"), countries(get(port, byName + "&country=iceland")));
            assertEquals(Set.of("NO"), countries(get(port, byName + "&country=NOR")));
            assertEquals(Set.of("IS"), countries(get(port, byName + "&from=2024&to=2024")));
            assertEquals(Set.of("NO"), countries(get(port, byName + "&to=2023-05-02")));
            assertEquals(Set.of("IS"), countries(get(port, byName + "&from=2023-05-03")));
            assertEquals(Set.of("IS", "NO"), countries(get(port, byName + "&from=2023-05&to=2024-09-16")));
            assertEquals(Set.of("IS", "NO"), countries(get(port, byName + "&status=completed")));
            assertEquals(Set.of(), countries(get(port, byName + "&status=PLANNED,CANCELLED")));
            // a reader polling for changes since the latest update sees the visit it touched, not the older Norway trip
            Instant secondArticle = Instant.parse(visits.get(0).get("updatedAt").asText());
            assertEquals(Set.of("IS"), countries(get(port, byName + "&updatedSince=" + secondArticle)));
            assertEquals(Set.of(), countries(get(port, byName + "&updatedSince=" + secondArticle.plusMillis(1))));

            // pages of one follow each other to the end, in the same order
            List<String> paged = new ArrayList<>();
            QueryFixtures.Answer page = get(port, byName + "&limit=1");
            while (true) {
                page.body().get("visits").forEach(v -> paged.add(v.get("visitId").asText()));
                if (page.body().get("nextCursor").isNull()) {
                    break;
                }
                page = get(port, byName + "&limit=1&cursor=" + page.body().get("nextCursor").asText());
            }
            assertEquals(List.of(visitId, visits.get(1).get("visitId").asText()), paged);

            QueryFixtures.Answer unknown = get(port, "/visits/visit-000000000000000000000000");
            assertEquals(404, unknown.status());
            assertTrue(unknown.contentType().startsWith(ProblemDetails.CONTENT_TYPE), unknown.contentType());
            assertEquals(ProblemDetails.type("unknown_visit"), unknown.body().get("type").asText());

            QueryFixtures.Answer bad = get(port, "/visits?vistor=x&limit=0&from=2024-13&status=gone");
            assertEquals(400, bad.status());
            assertTrue(bad.contentType().startsWith(ProblemDetails.CONTENT_TYPE), bad.contentType());
            Set<String> fields = new TreeSet<>();
            bad.body().get("problems").forEach(p -> fields.add(p.get("field").asText()));
            assertEquals(Set.of("vistor", "limit", "from", "status"), fields);

            String commitments = "/commitments?committer=" + encode(surname);
            JsonNode pledged = get(port, commitments + "&kind=pledge&dueBefore=2024-11").body().get("commitments");
            assertEquals(1, pledged.size());
            assertEquals("c-" + a1, pledged.get(0).get("id").asText());
            assertEquals("PLEDGE", pledged.get(0).get("kind").asText());
            assertEquals(0, get(port, commitments + "&dueBefore=2024-10").body().get("commitments").size());
            assertEquals(0, get(port, commitments + "&kind=PROMISE").body().get("commitments").size());
            assertEquals(400, get(port, "/commitments?dueBefore=soon").status());

            // a visit's commitments in one request, by their ids; an id the stores lack is just absent
            JsonNode byIds = get(port, "/commitments?ids=" + encode("c-" + a1 + ",c-unknown-" + surname)).body();
            assertEquals(List.of("c-" + a1), ids(byIds.get("commitments")));

            // a commitment by its id, as a visit's commitmentIds name it
            assertEquals(pledged.get(0), get(port, "/commitments/" + encode("c-" + a1)).body());
            QueryFixtures.Answer unknownCommitment = get(port, "/commitments/c-unknown-" + surname);
            assertEquals(404, unknownCommitment.status());
            assertEquals(ProblemDetails.type("unknown_commitment"), unknownCommitment.body().get("type").asText());
            assertEquals(400, get(port, "/commitments/" + encode("c-" + a1) + "?kind=PLEDGE").status());
        }
    }

    private static List<String> ids(JsonNode records) {
        List<String> ids = new ArrayList<>();
        records.forEach(record -> ids.add(record.get("id").asText()));
        return ids;
    }

    private static Set<String> countries(QueryFixtures.Answer answer) {
        assertEquals(200, answer.status(), answer.response().body());
        Set<String> countries = new TreeSet<>();
        answer.body().get("visits").forEach(v -> countries.add(v.get("country").asText()));
        return countries;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
