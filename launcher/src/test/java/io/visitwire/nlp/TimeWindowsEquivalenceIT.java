package io.visitwire.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import io.visitwire.bench.CorpusGenerator;
import io.visitwire.extraction.nlp.NlpPipeline;
import io.visitwire.extraction.nlp.TimeTagger;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SUTime reading only the stretches around time cues finds the same temporal expressions, with the same
 * values, as SUTime reading the whole sentences, on the dev articles and on generated news.
 */
class TimeWindowsEquivalenceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameTemporalLabelsAndValuesAsWholeSentences() throws Exception {
        StanfordCoreNLP tagger = new StanfordCoreNLP(NlpPipeline.taggerProperties());
        TimeTagger time = new TimeTagger();
        List<String[]> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TimeWindowsEquivalenceIT.class.getResourceAsStream("/dev/articles.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode article = JSON.readTree(line);
                    texts.add(new String[] {article.get("title").asText() + "\n\n" + article.get("body").asText(),
                            article.get("published").asText().substring(0, 10)});
                }
            }
        }
        new CorpusGenerator(11).generate(40)
                .forEach(a -> texts.add(new String[] {a.title() + "\n\n" + a.body(), a.published().toString()}));
        int tokens = 0;
        int temporal = 0;
        List<String> differences = new ArrayList<>();
        for (String[] text : texts) {
            Annotation windowed = annotate(tagger, text);
            time.tag(windowed);
            Annotation whole = annotate(tagger, text);
            time.tag(whole, Integer.MAX_VALUE);
            List<CoreLabel> ours = windowed.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> theirs = whole.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < ours.size(); i++) {
                tokens++;
                String a = describe(ours.get(i));
                String b = describe(theirs.get(i));
                if (b.contains("DATE") || b.contains("TIME") || b.contains("DURATION") || b.contains("SET")) {
                    temporal++;
                }
                if (!a.equals(b)) {
                    differences.add(ours.get(i).word() + ": " + a + " vs " + b + " in \""
                            + text[0].substring(Math.max(0, ours.get(i).beginPosition() - 60),
                                    Math.min(text[0].length(), ours.get(i).endPosition() + 60)) + "\"");
                }
            }
        }
        assertTrue(tokens > 20_000 && temporal > 500, tokens + " tokens, " + temporal + " temporal");
        assertEquals(List.of(), differences);
    }

    private static Annotation annotate(StanfordCoreNLP tagger, String[] text) {
        Annotation doc = new Annotation(text[0]);
        doc.set(CoreAnnotations.DocDateAnnotation.class, text[1]);
        tagger.annotate(doc);
        return doc;
    }

    private static String describe(CoreLabel token) {
        Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
        return token.ner() + "|" + token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) + "|"
                + (timex == null ? null : timex.value() + "/" + timex.altVal() + "/" + timex.timexType());
    }
}
