package io.visitwire.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import io.visitwire.bench.CorpusGenerator;
import io.visitwire.bench.SyntheticArticle;
import io.visitwire.extraction.nlp.FineGrainedTypes;
import io.visitwire.extraction.nlp.LiteralGazetteers;
import io.visitwire.extraction.nlp.NlpPipeline;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The engine's hand-written fine-grained step labels exactly what CoreNLP's own TokensRegexNER labels with
 * the same (literal) gazetteers, on the dev articles and on generated news, from the same first-step tags.
 */
class FineGrainedTypesEquivalenceIT {

    @Test
    void sameLabelsAsCoreNlpsTokensRegexNer() throws Exception {
        StanfordCoreNLP tagger = new StanfordCoreNLP(NlpPipeline.taggerProperties());
        Properties fine = new Properties();
        fine.setProperty("ner.fine.regexner.mapping", LiteralGazetteers.fineGrainedMapping());
        TokensRegexNERAnnotator reference = new TokensRegexNERAnnotator("ner.fine.regexner", fine);
        FineGrainedTypes engine = FineGrainedTypes.load();

        List<String> texts = new ArrayList<>(devBodies());
        new CorpusGenerator(7).generate(15).forEach(a -> texts.add(a.title() + "\n\n" + a.body()));
        int tokens = 0;
        int fineLabels = 0;
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            doc.set(CoreAnnotations.DocDateAnnotation.class, "2020-01-01");
            tagger.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> ours = copy(sentence.get(CoreAnnotations.TokensAnnotation.class));
                List<CoreLabel> theirs = copy(ours);
                engine.annotate(ours);
                Annotation one = new Annotation("");
                one.set(CoreAnnotations.TokensAnnotation.class, theirs);
                reference.annotate(one);
                for (int i = 0; i < ours.size(); i++) {
                    tokens++;
                    if (!Objects.equals(ours.get(i).ner(), sentence.get(CoreAnnotations.TokensAnnotation.class).get(i).ner())) {
                        fineLabels++;
                    }
                    if (!Objects.equals(ours.get(i).ner(), theirs.get(i).ner())) {
                        differences.add(ours.get(i).word() + ": " + ours.get(i).ner() + " vs " + theirs.get(i).ner()
                                + " in \"" + sentence.get(CoreAnnotations.TextAnnotation.class) + "\"");
                    }
                }
            }
        }
        assertTrue(tokens > 10_000 && fineLabels > 100, tokens + " tokens, " + fineLabels + " fine labels");
        assertEquals(List.of(), differences);
    }

    private static List<CoreLabel> copy(List<CoreLabel> tokens) {
        return tokens.stream().map(CoreLabel::new).toList();
    }

    private static List<String> devBodies() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FineGrainedTypesEquivalenceIT.class.getResourceAsStream("/dev/articles.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    JsonNode article = json.readTree(line);
                    bodies.add(article.get("title").asText() + "\n\n" + article.get("body").asText());
                }
            }
        }
        return bodies;
    }
}
