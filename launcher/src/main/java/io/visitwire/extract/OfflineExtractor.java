package io.visitwire.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.visitwire.extraction.Extractor;
import io.visitwire.ingest.ArticleParser;
import io.visitwire.ingest.ParseResult;
import io.visitwire.ingest.Problem;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * The Kafka path without Kafka: the same parser and {@link Extractor} the services run, applied
 * to one JSON line at a time. A line that cannot be read or enriched still gets its output line
 * (with an {@code error}), so output line N always answers input line N.
 */
public final class OfflineExtractor {

    private final ArticleParser parser;
    private final Extractor enricher;
    private final Clock clock;

    public OfflineExtractor(Extractor enricher, Clock clock) {
        this.parser = new ArticleParser();
        this.enricher = enricher;
        this.clock = clock;
    }

    public ObjectNode extractLine(String line, int lineNumber) {
        ParseResult parsed;
        try {
            parsed = parser.parseLine(line, clock.instant());
        } catch (RuntimeException e) {
            return ContractJson.error(null, lineNumber, e.getMessage());
        }
        if (parsed instanceof ParseResult.Invalid invalid) {
            return ContractJson.error(idOf(line), lineNumber, invalid.problems().stream()
                    .map(Problem::message).collect(Collectors.joining("; ")));
        }
        Article article = ((ParseResult.Valid) parsed).article();
        try {
            return extract(article);
        } catch (RuntimeException e) {
            return ContractJson.error(article.getId(), lineNumber, "enrichment failed: " + e);
        }
    }

    public ObjectNode extract(Article article) {
        EnrichedArticle enriched = enricher.enrich(article);
        return ContractJson.result(enriched, enriched.getVisitEvents());
    }

    /** The id of a line that failed validation, when one can still be read from it. */
    private static String idOf(String line) {
        try {
            com.fasterxml.jackson.databind.JsonNode id = ArticleParser.readJson(line).get("id");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
