package io.visitwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.eval.IdSelection;
import io.visitwire.eval.Report;
import io.visitwire.eval.Scorer;
import io.visitwire.extract.OfflineExtractor;
import io.visitwire.schemas.RecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores the extraction against annotated articles, per CONTRACT.md. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run extract on the articles of a gold file (JSON Lines with a 'gold' field, which extract"
                + " ignores) and print precision, recall and F1 for entities, visits and commitments, and the"
                + " attribute accuracies; --by-rule adds the precision of each extraction rule."})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "Gold file: JSON Lines articles with a 'gold' field")
    Path gold;

    @Option(names = "--detail", description = "Also list each article's misses, false hits and wrong attributes.")
    boolean detail;

    @Option(names = "--json", description = "Print the report as JSON instead of a table.")
    boolean json;

    @Option(names = "--predictions", description = "Score this extract output instead of running extract.")
    Path predictions;

    @Option(names = "--by-rule", description = "Also list each rule id on the visits and commitments: outputs, how many"
            + " matched gold, precision; worst precision first (with --json: a 'byRule' array).")
    boolean byRule;
    @ArgGroup(exclusive = true)
    Subset subset;

    @Spec
    CommandSpec spec;

    /** One of the two, or neither: all articles of the gold file. */
    static final class Subset {

        @Option(names = "--ids", paramLabel = "FILE", description = "Score only the articles whose ids FILE lists:"
                + " one id a line, blank lines and lines starting with # skipped; every id must be in the gold file.")
        Path ids;

        @Option(names = "--except-ids", paramLabel = "FILE", description = "Score all articles but those whose ids"
                + " FILE lists (same form as --ids), e.g. the dev set without its held-out articles.")
        Path exceptIds;
    }

    @Override
    public Integer call() throws IOException {
        Progress progress = new Progress(System.err);
        IdSelection selection = selection();
        List<String> lines = selectLines(selection,
                Files.readAllLines(gold, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
        List<JsonNode> goldArticles = new ArrayList<>();
        for (String line : lines) {
            goldArticles.add(RecordJson.MAPPER.readTree(line));
        }
        Map<String, JsonNode> predicted = predictions != null ? readPredictions(predictions) : extract(lines, progress);
        predicted.keySet().removeIf(id -> !selection.includes(id));
        Report report = Scorer.score(goldArticles, predicted);
        System.out.println(json ? RecordJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson(byRule))
                : report.toTable());
        if (byRule && !json) {
            System.out.println(report.toByRuleTable());
        }
        if (detail) {
            System.out.println(report.toDetail());
        }
        return 0;
    }

    private IdSelection selection() throws IOException {
        if (subset == null) {
            return IdSelection.ALL;
        }
        return subset.ids != null ? IdSelection.only(IdSelection.readIds(subset.ids))
                : IdSelection.except(IdSelection.readIds(subset.exceptIds));
    }

    private List<String> selectLines(IdSelection selection, List<String> lines) {
        try {
            return selection.selectLines(lines);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), gold + ": " + e.getMessage());
        }
    }

    private static Map<String, JsonNode> extract(List<String> lines, Progress progress) {
        progress.say("Loading CoreNLP (15-30 s)...");
        OfflineExtractor extractor = new OfflineExtractor(Engine.loadEnricher(), Clock.systemUTC());
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode result = extractor.extractLine(lines.get(i), i + 1);
            byId.put(result.path("id").asText(), result);
            progress.say("Extracted %d/%d: %s", i + 1, lines.size(), result.path("id").asText());
        }
        return byId;
    }

    private static Map<String, JsonNode> readPredictions(Path file) throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode result = RecordJson.MAPPER.readTree(line);
                byId.put(result.path("id").asText(), result);
            }
        }
        return byId;
    }
}
