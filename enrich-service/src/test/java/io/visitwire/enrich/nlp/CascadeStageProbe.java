package io.visitwire.enrich.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Dev aid, not a test: time per cascade stage and the share of tokens each expensive stage sees. Args: file, rounds. */
public final class CascadeStageProbe {

    public static void main(String[] args) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<String[]> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                JsonNode a = om.readTree(line);
                docs.add(new String[] {a.get("body").asText(), a.get("published").asText().substring(0, 10)});
                docs.add(new String[] {a.get("title").asText(), a.get("published").asText().substring(0, 10)});
            }
        }
        int rounds = Integer.parseInt(args[1]);
        StanfordCoreNLP tagger = new StanfordCoreNLP(NlpPipeline.taggerProperties());
        TimeTagger time = new TimeTagger();
        boolean whole = Boolean.getBoolean("whole");
        Properties pp = new Properties();
        pp.setProperty("annotators", "depparse");
        StanfordCoreNLP parser = new StanfordCoreNLP(pp, false);
        long[] ns = new long[4];
        long[] toks = new long[3];
        for (int r = 0; r < rounds; r++) {
            java.util.Arrays.fill(ns, 0);
            java.util.Arrays.fill(toks, 0);
            for (String[] d : docs) {
                Annotation doc = new Annotation(d[0]);
                doc.set(CoreAnnotations.DocDateAnnotation.class, d[1]);
                long t = System.nanoTime();
                tagger.annotate(doc);
                ns[0] += System.nanoTime() - t;
                List<CoreMap> timed = new ArrayList<>();
                List<CoreMap> parsed = new ArrayList<>();
                for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
                    toks[0] += tokens.size();
                    if (TimeCues.mayHoldTime(tokens)) {
                        timed.add(s);
                        toks[1] += tokens.size();
                    }
                    java.util.Set<String> lemmas = new java.util.TreeSet<>();
                    for (CoreLabel tk : tokens) {
                        String l = (tk.lemma() == null ? tk.word() : tk.lemma()).toLowerCase(java.util.Locale.ROOT);
                        if (SyntaxTriggers.VISIT.contains(l) || SyntaxTriggers.COMMITMENT.contains(l)) {
                            lemmas.add(l);
                        }
                    }
                    if (r == 0) {
                        TRIGGERS.merge(lemmas.toString(), tokens.size(), Integer::sum);
                    }
                    if (SyntaxTriggers.present(tokens)) {
                        parsed.add(s);
                        toks[2] += tokens.size();
                    }
                }
                t = System.nanoTime();
                if (whole) {
                    time.tagWholeSentences(doc);
                } else {
                    time.tag(doc);
                }
                ns[1] += System.nanoTime() - t;
                t = System.nanoTime();
                if (!parsed.isEmpty()) {
                    parser.annotate(subset(doc, parsed));
                }
                ns[2] += System.nanoTime() - t;
            }
            System.out.printf("round %d: %d tokens; tagger %.0f us/token; time %.0f us/token on %.0f%% of tokens (%.0f us per timed token); "
                            + "parse %.0f us/token on %.0f%% (%.0f us per parsed token)%n", r, toks[0],
                    ns[0] / 1e3 / toks[0], ns[1] / 1e3 / toks[0], 100.0 * toks[1] / toks[0], ns[1] / 1e3 / toks[1],
                    ns[2] / 1e3 / toks[0], 100.0 * toks[2] / toks[0], ns[2] / 1e3 / toks[2]);
        }
    }

    static final java.util.Map<String, Integer> TRIGGERS = new java.util.HashMap<>();
    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TRIGGERS.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                .forEach(e -> System.out.println(e.getValue() + " " + e.getKey()))));
    }

    private static Annotation subset(Annotation doc, List<CoreMap> sentences) {
        Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        sub.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        return sub;
    }
}
