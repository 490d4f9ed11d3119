package io.visitwire.extraction.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dev aid, not a test: the cost of each cascade step per token of the whole text, the share of tokens the
 * SUTime and parse steps read, and which trigger words send how many tokens to the parser. Args: a JSON Lines
 * file of articles ({@code body}, {@code title}, {@code published}), rounds; {@code -Dwhole=true} runs SUTime
 * on whole sentences instead of the stretches around cues.
 */
public final class CascadeStageProbe {

    public static void main(String[] args) throws Exception {
        List<String[]> docs = read(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        boolean whole = Boolean.getBoolean("whole");
        StanfordCoreNLP tagger = new StanfordCoreNLP(NlpPipeline.taggerProperties());
        TimeTagger time = new TimeTagger();
        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        StanfordCoreNLP parser = new StanfordCoreNLP(parse, false);
        Map<String, Integer> parsedTokensByTriggers = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            long tagNanos = 0;
            long timeNanos = 0;
            long parseNanos = 0;
            long tokens = 0;
            long parsedTokens = 0;
            for (String[] d : docs) {
                Annotation doc = new Annotation(d[0]);
                doc.set(CoreAnnotations.DocDateAnnotation.class, d[1]);
                long t0 = System.nanoTime();
                tagger.annotate(doc);
                long t1 = System.nanoTime();
                if (whole) {
                    time.tag(doc, Integer.MAX_VALUE);
                } else {
                    time.tag(doc);
                }
                long t2 = System.nanoTime();
                List<CoreMap> triggered = new ArrayList<>();
                for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
                    tokens += words.size();
                    if (SyntaxTriggers.present(words)) {
                        triggered.add(s);
                        parsedTokens += words.size();
                        if (round == 0) {
                            parsedTokensByTriggers.merge(triggers(words).toString(), words.size(), Integer::sum);
                        }
                    }
                }
                long t3 = System.nanoTime();
                if (!triggered.isEmpty()) {
                    parser.annotate(NlpPipeline.subset(doc, triggered));
                }
                long t4 = System.nanoTime();
                tagNanos += t1 - t0;
                timeNanos += t2 - t1;
                parseNanos += t4 - t3;
            }
            System.out.printf(Locale.ROOT, "round %d: %d tokens; tagger %.0f us/token; SUTime %.0f us/token; parse %.0f us/token "
                            + "(%.0f%% of tokens parsed, %.0f us per parsed token)%n", round, tokens, tagNanos / 1e3 / tokens,
                    timeNanos / 1e3 / tokens, parseNanos / 1e3 / tokens, 100.0 * parsedTokens / tokens,
                    parseNanos / 1e3 / parsedTokens);
        }
        System.out.println("tokens parsed, by the trigger words of their sentence:");
        parsedTokensByTriggers.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
                .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
    }

    private static Set<String> triggers(List<CoreLabel> tokens) {
        Set<String> found = new TreeSet<>();
        for (CoreLabel t : tokens) {
            String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
            if (SyntaxTriggers.isTrigger(lemma)) {
                found.add(lemma);
            }
        }
        return found;
    }

    private static List<String[]> read(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String[]> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode a = json.readTree(line);
                String published = a.get("published").asText().substring(0, 10);
                docs.add(new String[] {a.get("body").asText(), published});
                docs.add(new String[] {a.get("title").asText(), published});
            }
        }
        return docs;
    }
}
