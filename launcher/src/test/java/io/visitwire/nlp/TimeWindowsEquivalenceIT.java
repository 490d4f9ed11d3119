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
 * values, as SUTime reading the whole sentences, on the dev articles and on generated news, but for the
 * differences listed in {@link #KNOWN_DIFFERENCES}.
 */
class TimeWindowsEquivalenceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Found when the dev set grew from 13 to 48 articles (issue 14), and left to the owner of the time cues:
     * whole-sentence SUTime reads the adjective "current" ("USAID's current portfolio", in one of the 48) as
     * the present (PRESENT_REF, which {@code DateValues} turns into the publication date), and "current" is no
     * cue ({@code TimeCues}) nor within {@code TimeTagger.REACH} of one there. Here the windowed reading is the
     * better one, but it is a difference. Remove an entry once it is gone: the test fails on a listed
     * difference that no longer occurs, as on one that is not listed.
     */
    private static final List<String> KNOWN_DIFFERENCES = List.of(
            "current: O|null|null vs DATE|PRESENT_REF|PRESENT_REF/null/DATE");

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
        List<String> known = new ArrayList<>();
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
                String difference = ours.get(i).word() + ": " + a + " vs " + b;
                if (!a.equals(b) && KNOWN_DIFFERENCES.contains(difference)) {
                    known.add(difference);
                } else if (!a.equals(b)) {
                    differences.add(difference + " in \""
                            + text[0].substring(Math.max(0, ours.get(i).beginPosition() - 60),
                                    Math.min(text[0].length(), ours.get(i).endPosition() + 60)) + "\"");
                }
            }
        }
        assertTrue(tokens > 20_000 && temporal > 500, tokens + " tokens, " + temporal + " temporal");
        assertEquals(List.of(), differences);
        assertEquals(KNOWN_DIFFERENCES, known);
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
