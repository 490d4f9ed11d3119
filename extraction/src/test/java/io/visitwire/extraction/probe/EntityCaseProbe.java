package io.visitwire.extraction.probe;

import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Prints the entities of the cases in {@code -Dentity.cases=FILE} (id|url|source|published|body). Not a test. */
@EnabledIfSystemProperty(named = "entity.cases", matches = ".+")
class EntityCaseProbe {

    @Test
    void dump() throws Exception {
        CoreNlpExtractor x = new CoreNlpExtractor();
        for (String line : Files.readAllLines(Path.of(System.getProperty("entity.cases")))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\\|", 5);
            EnrichedArticle a = x.enrich(Article.newBuilder().setId(c[0]).setUrl(c[1]).setSource(c[2])
                    .setPublished(c[3]).setDateline(null).setTitle("Test").setBody(c[4])
                    .setReceivedAt(Instant.EPOCH).build());
            System.out.println("== " + c[0]);
            if (System.getProperty("entity.tokens") != null) {
                var doc = io.visitwire.extraction.nlp.NlpPipeline.shared().parse(c[4], java.time.LocalDate.parse(c[3]));
                for (var s : doc.sentences()) {
                    StringBuilder sb = new StringBuilder("   ~");
                    for (var t : s.tokens()) {
                        sb.append(' ').append(t.word()).append('/').append(t.pos()).append('/').append(t.ner());
                    }
                    System.out.println(sb);
                }
            }
            for (Entity e : a.getEntities()) {
                System.out.println("   " + (System.getProperty("entity.ids") != null ? e.getId() + " " + e.getMentions() + " " : "") + e.getName() + " | " + e.getType() + " | " + e.getTitle() + " | " + e.getCountry());
            }
        }
    }
}
