package io.visitwire.extraction;

import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitEvent;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The whole of what an article yields, one line per visit or commitment, so a rule test asserts
 * everything a sentence gives (nothing missing, nothing extra) with {@code assertEquals}.
 *
 * <p>Visit line: {@code visitor | place | country | start | end | STATUS | host; host}
 * (the article-level visits a user receives, after assembly). Commitment line:
 * {@code committer | KIND | action | recipient | due}. Unset fields print as {@code -}.
 * Uses the shared CoreNLP pipeline: one load per test JVM.
 */
public final class WholeResult {

    private static final CoreNlpExtractor EXTRACTOR = new CoreNlpExtractor();

    public static EnrichedArticle extract(String published, String dateline, String body) {
        return extract(published, dateline, "Test article", body);
    }

    public static EnrichedArticle extract(String published, String dateline, String title, String body) {
        return EXTRACTOR.enrich(Article.newBuilder().setId("t").setUrl("https://www.example.org/t")
                .setSource("Example Wire").setPublished(published).setDateline(dateline)
                .setTitle(title).setBody(body).setReceivedAt(Instant.EPOCH).build());
    }

    /** Visits of the article as sorted lines. */
    public static List<String> visits(EnrichedArticle article) {
        return article.getVisitEvents().stream().map(WholeResult::line).sorted().toList();
    }

    public static List<String> visits(String published, String body) {
        return visits(extract(published, null, body));
    }

    public static List<String> visits(String published, String dateline, String body) {
        return visits(extract(published, dateline, body));
    }

    /** Commitments of the article as sorted lines. */
    public static List<String> commitments(EnrichedArticle article) {
        return article.getCommitments().stream().map(WholeResult::line).sorted().toList();
    }

    public static List<String> commitments(String published, String body) {
        return commitments(extract(published, null, body));
    }

    static String line(VisitEvent v) {
        return String.join(" | ", v.getVisitor().getName(), or(v.getPlace()), or(v.getCountry()), or(v.getStart()),
                or(v.getEnd()), v.getStatus().name(),
                v.getHosts().stream().map(PersonRef::getName).sorted().collect(Collectors.joining("; ")));
    }

    static String line(Commitment c) {
        return String.join(" | ", c.getCommitter(), c.getKind().name(), c.getAction(), or(c.getRecipient()),
                or(c.getDue()));
    }

    private static String or(CharSequence value) {
        return value == null ? "-" : value.toString();
    }

    private WholeResult() {
    }
}
