package io.visitwire.extraction.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.visitwire.extraction.nlp.NlpPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Dev aid, not a test: tokens/s and per-annotator time of CoreNLP settings on a JSON Lines file, to
 * choose the cascade's settings by measurement. Args: file, rounds, then key=value overrides of
 * {@link NlpPipeline#properties()}.
 */
public final class AnnotatorCostProbe {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Properties props = NlpPipeline.properties();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            if (kv[1].equals("-")) {
                props.remove(kv[0]);
            } else {
                props.setProperty(kv[0], kv[1]);
            }
        }
        System.out.println(props);
        ObjectMapper om = new ObjectMapper();
        List<String[]> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode a = om.readTree(line);
                docs.add(new String[] {a.get("body").asText(), a.get("published").asText().substring(0, 10)});
            }
        }
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        long tokens = 0;
        for (String[] d : docs) {
            tokens += annotate(nlp, d).get(CoreAnnotations.TokensAnnotation.class).size();
        }
        StanfordCoreNLP timed = new StanfordCoreNLP(props);
        for (String[] d : docs) {
            annotate(timed, d);
        }
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            for (String[] d : docs) {
                annotate(timed, d);
            }
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("round %d: %d tokens in %.2f s = %.0f tokens/s%n", r, tokens, s, tokens / s);
        }
        System.out.println(timed.timingInformation());
    }

    private static Annotation annotate(StanfordCoreNLP nlp, String[] d) {
        Annotation a = new Annotation(d[0]);
        a.set(CoreAnnotations.DocDateAnnotation.class, d[1]);
        nlp.annotate(a);
        return a;
    }
}
