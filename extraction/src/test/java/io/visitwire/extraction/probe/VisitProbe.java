package io.visitwire.extraction.probe;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.NlpPipeline;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.time.Instant;
import java.time.LocalDate;

/** Development aid: parse, entities and visit mentions of texts given as arguments ("published|dateline|body"). */
public final class VisitProbe {
    public static void main(String[] args) {
        CoreNlpExtractor enricher = new CoreNlpExtractor();
        for (String arg : args) {
            String[] f = arg.split("\\|", 3);
            ParsedText pt = NlpPipeline.shared().parse(f[2], LocalDate.parse(f[0]));
            for (Sentence s : pt.sentences()) {
                System.out.println("S" + s.index() + ": " + s.text());
                StringBuilder sb = new StringBuilder("   ");
                for (NerSpan m : s.spans()) {
                    sb.append('[').append(m.text()).append('/').append(m.type()).append("] ");
                }
                System.out.println(sb);
                StringBuilder d = new StringBuilder("   ");
                s.dependencies().forEach(e -> d.append(e.relation()).append('(')
                        .append(e.governor() < 0 ? "ROOT" : s.tokens().get(e.governor()).word() + "/" + s.tokens().get(e.governor()).pos()).append(',')
                        .append(s.tokens().get(e.dependent()).word()).append(") "));
                System.out.println(d);
            }
            EnrichedArticle a = enricher.enrich(Article.newBuilder().setId("p").setUrl("https://www.example.gov/p")
                    .setSource("Department of Defense").setPublished(f[0]).setDateline(f[1].isEmpty() ? null : f[1])
                    .setTitle("Probe").setBody(f[2]).setReceivedAt(Instant.EPOCH).build());
            a.getEntities().forEach(e -> System.out.println("  E " + e.getType() + " " + e.getName() + " " + e.getCountry() + " " + e.getTitle()));
            a.getVisits().forEach(v -> System.out.println("  V " + v));
        }
    }
}
