package io.visitwire.extraction.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.NlpPipeline;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Development aid: prints CoreNLP's sentences, mentions and dependencies for the dev articles. */
public final class NlpDump {
    public static void main(String[] args) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<String> lines = Files.readAllLines(Path.of(args.length > 0 ? args[0] : "/work/shared/data/dev/articles.jsonl"));
        boolean deps = args.length > 1 && args[1].equals("deps");
        long t0 = System.nanoTime();
        NlpPipeline p = NlpPipeline.shared();
        System.out.printf("load %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        long tokens = 0;
        long t1 = System.nanoTime();
        for (String line : lines) {
            JsonNode a = om.readTree(line);
            ParsedText pt = p.parse(a.get("body").asText(), LocalDate.parse(a.get("published").asText().substring(0, 10)));
            System.out.println("===== " + a.get("id").asText());
            for (Sentence s : pt.sentences()) {
                tokens += s.tokens().size();
                System.out.println("S" + s.index() + ": " + s.text());
                StringBuilder sb = new StringBuilder("   ");
                for (NerSpan m : s.spans()) {
                    sb.append('[').append(m.text()).append('/').append(m.type());
                    if (m.normalized() != null) sb.append('=').append(m.normalized());
                    sb.append("] ");
                }
                System.out.println(sb);
                if (deps) {
                    StringBuilder d = new StringBuilder("   ");
                    s.dependencies().forEach(e -> d.append(e.relation()).append('(')
                            .append(e.governor() < 0 ? "ROOT" : s.tokens().get(e.governor()).word()).append(',')
                            .append(s.tokens().get(e.dependent()).word()).append(") "));
                    System.out.println(d);
                }
            }
        }
        long ms = (System.nanoTime() - t1) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        System.out.printf("tokens %d in %d ms = %.0f tok/s; heap used after gc %d MB%n", tokens, ms, tokens * 1000.0 / ms,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
