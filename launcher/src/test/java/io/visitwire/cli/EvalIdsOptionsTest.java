package io.visitwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.schemas.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code visitwire eval --ids / --except-ids} on an existing extract output ({@code --predictions}): no NLP. */
class EvalIdsOptionsTest {

    @TempDir
    Path dir;

    private Path gold;
    private Path predictions;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void threeArticlesTheSecondOfThemPredictedWrong() throws Exception {
        gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
                article("a", "Robert M. Gates"), article("b", "Ilham Aliyev"), article("c", "Safar Abiyev")) + "\n");
        predictions = Files.writeString(dir.resolve("predictions.jsonl"), String.join("\n",
                prediction("a", "Robert M. Gates"), prediction("b", "Hillary Rodham Clinton"),
                prediction("c", "Safar Abiyev")) + "\n");
    }

    @Test
    void withoutASelectionEveryArticleIsScored() throws Exception {
        JsonNode report = eval();

        assertEquals(3, report.get("articles").asInt());
        assertCounts(report, 2, 1, 1);
    }

    @Test
    void idsScoresOnlyTheListedArticles() throws Exception {
        JsonNode report = eval("--ids", ids("# one article\n\nb\n").toString());

        assertEquals(List.of("b"), detailIds(report));
        assertCounts(report, 0, 1, 1);
        assertEquals(0, report.get("unscoredPredictionIds").size(), "the others' predictions are left out, not listed");
    }

    @Test
    void exceptIdsScoresAllButTheListedArticles() throws Exception {
        JsonNode report = eval("--except-ids", ids("b\n").toString());

        assertEquals(List.of("a", "c"), detailIds(report));
        assertCounts(report, 2, 0, 0);
        assertEquals(0, report.get("unscoredPredictionIds").size());
    }

    @Test
    void anIdNotInTheGoldFileIsAUsageError() throws Exception {
        int exit = execute("--except-ids", ids("b\nbb\n").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("bb"), err.toString());
    }

    @Test
    void idsAndExceptIdsExcludeEachOther() throws Exception {
        Path list = ids("b\n");

        assertEquals(2, execute("--ids", list.toString(), "--except-ids", list.toString()));
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    }

    @Test
    void theHelpDocumentsBothOptions() {
        String help = Visitwire.commandLine().getSubcommands().get("eval").getUsageMessage();

        assertTrue(help.contains("--ids=FILE") && help.contains("--except-ids=FILE"), help);
    }

    private JsonNode eval(String... selection) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = execute(selection);
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, exit, err.toString());
        return RecordJson.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private int execute(String... selection) {
        List<String> args = new ArrayList<>(List.of("eval", gold.toString(), "--predictions", predictions.toString(),
                "--json"));
        args.addAll(List.of(selection));
        CommandLine cli = Visitwire.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
    }

    private Path ids(String text) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "ids", ".txt"), text);
    }

    private static void assertCounts(JsonNode report, int tp, int fp, int fn) {
        JsonNode entities = report.get("entities");
        assertEquals(List.of(tp, fp, fn),
                List.of(entities.get("tp").asInt(), entities.get("fp").asInt(), entities.get("fn").asInt()),
                entities.toString());
    }

    private static List<String> detailIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("detail").forEach(article -> ids.add(article.get("id").asText()));
        return ids;
    }

    private static String article(String id, String person) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + id + "\",\"body\":\"" + person + " met reporters.\","
                + "\"gold\":" + items(person) + "}";
    }

    private static String prediction(String id, String person) {
        return "{\"id\":\"" + id + "\"," + items(person).substring(1);
    }

    private static String items(String person) {
        return "{\"entities\":[{\"name\":\"" + person + "\",\"type\":\"PERSON\",\"country\":null}],"
                + "\"visits\":[],\"commitments\":[]}";
    }
}
