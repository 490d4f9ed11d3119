package io.visitwire.sink.visits;

import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.SourceRef;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.schemas.avro.VisitMention;
import io.visitwire.schemas.avro.VisitStatus;
import io.visitwire.sink.merge.VisitMerger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the sentence-level visit mentions of one article into document-level visit events:
 * the mentions of one visitor in one country are one visit, whose fields are the most
 * specific the mentions give.
 */
public final class VisitAssembler {

    public List<VisitEvent> assemble(EnrichedArticle article, Instant now) {
        Map<String, List<VisitMention>> byVisit = new LinkedHashMap<>();
        for (VisitMention mention : article.getVisits()) {
            if (mention.getCountry() == null) {
                continue;
            }
            String key = VisitIds.surnameKey(mention.getVisitor().getName()) + "|" + mention.getCountry();
            byVisit.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
        }
        List<VisitEvent> events = new ArrayList<>();
        for (List<VisitMention> mentions : byVisit.values()) {
            events.add(assembleOne(article, mentions, now));
        }
        return events;
    }

    private VisitEvent assembleOne(EnrichedArticle article, List<VisitMention> mentions, Instant now) {
        PersonRef visitor = mostComplete(mentions.stream().map(VisitMention::getVisitor).toList());
        String country = mentions.get(0).getCountry();
        String start = earliest(mentions.stream().map(VisitMention::getStart).toList());
        String end = latest(mentions.stream().map(m -> m.getEnd() != null ? m.getEnd() : m.getStart()).toList());
        VisitStatus status = mentions.stream().map(VisitMention::getStatus)
                .max(Comparator.comparingInt(VisitMerger::progress)).orElse(VisitStatus.UNKNOWN);
        return VisitEvent.newBuilder()
                .setVisitId(VisitIds.of(visitor.getName(), country, start))
                .setVisitor(visitor)
                .setPlace(mentions.stream().map(VisitMention::getPlace).filter(Objects::nonNull).findFirst().orElse(null))
                .setCountry(country)
                .setStart(start)
                .setEnd(end)
                .setHosts(distinctHosts(mentions))
                .setStatus(status)
                .setTopics(List.of())
                .setCommitmentIds(commitmentsBy(visitor, article))
                .setSources(List.of(new SourceRef(article.getArticleId(), article.getUrl(), article.getPublished())))
                .setEvidence(mentions.stream().map(VisitMention::getEvidence).distinct().toList())
                .setUpdatedAt(now)
                .build();
    }

    private static PersonRef mostComplete(List<PersonRef> people) {
        PersonRef best = people.get(0);
        for (PersonRef person : people) {
            if (completeness(person) > completeness(best)) {
                best = person;
            }
        }
        return best;
    }

    private static int completeness(PersonRef person) {
        return person.getName().length() + (person.getTitle() != null ? 100 : 0) + (person.getCountry() != null ? 100 : 0);
    }

    private static List<PersonRef> distinctHosts(List<VisitMention> mentions) {
        Map<String, PersonRef> hosts = new LinkedHashMap<>();
        for (VisitMention mention : mentions) {
            for (PersonRef host : mention.getHosts()) {
                hosts.merge(VisitIds.surnameKey(host.getName()), host,
                        (known, other) -> completeness(other) > completeness(known) ? other : known);
            }
        }
        return new ArrayList<>(hosts.values());
    }

    private static List<String> commitmentsBy(PersonRef visitor, EnrichedArticle article) {
        String surname = VisitIds.surnameKey(visitor.getName());
        return article.getCommitments().stream()
                .filter(c -> VisitIds.surnameKey(c.getCommitter()).equals(surname))
                .map(Commitment::getId)
                .toList();
    }

    /** ISO dates and months compare correctly as text; a full date beats its month. */
    private static String earliest(List<String> dates) {
        return dates.stream().filter(Objects::nonNull).min(Comparator.<String>naturalOrder()).orElse(null);
    }

    private static String latest(List<String> dates) {
        return dates.stream().filter(Objects::nonNull).max(Comparator.<String>naturalOrder()).orElse(null);
    }

}
