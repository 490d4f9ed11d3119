package io.visitwire.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.avro.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generated news-like article and the visit it reports (who went where, when), so a
 * benchmark can tell when that visit comes out of the pipeline. All names are invented.
 */
public record SyntheticArticle(String id, String source, LocalDate published, String dateline, String title,
                               String body, String visitor, String visitorCountry, String hostCountry,
                               String city, LocalDate visitStart) {

    /** Roughly Penn-Treebank tokens: words (with inner apostrophes, digits, dots) and single punctuation marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’\\-][\\p{L}\\p{N}]+)*|[^\\p{L}\\p{N}\\s]");

    /** The same article under another id (a fresh copy for runs that must not be deduplicated). */
    public SyntheticArticle withId(String newId) {
        return new SyntheticArticle(newId, source, published, dateline, title, body, visitor, visitorCountry,
                hostCountry, city, visitStart);
    }

    /** An approximation of CoreNLP's token count of title and body, without loading CoreNLP. */
    public int approxTokens() {
        return countTokens(title) + countTokens(body);
    }

    static int countTokens(String text) {
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The article as the HTTP API takes it ({@code POST /articles}). */
    public String toJson() {
        ObjectNode node = RecordJson.MAPPER.createObjectNode();
        node.put("id", id);
        node.put("source", source);
        node.put("published", published.toString());
        node.put("dateline", dateline);
        node.put("title", title);
        node.put("body", body);
        return node.toString();
    }

    /** The article as it is on {@code articles.raw.v1}. */
    public Article toAvro(Instant receivedAt) {
        return Article.newBuilder()
                .setId(id)
                .setSource(source)
                .setPublished(published.toString())
                .setDateline(dateline)
                .setTitle(title)
                .setBody(body)
                .setReceivedAt(receivedAt)
                .build();
    }
}
