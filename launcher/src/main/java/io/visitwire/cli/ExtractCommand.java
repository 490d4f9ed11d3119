package io.visitwire.cli;

import io.visitwire.extraction.Extractor;
import io.visitwire.extract.OfflineExtractor;
import io.visitwire.schemas.RecordJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code visitwire extract < articles.jsonl > results.jsonl}: the enrichment without Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read articles as JSON Lines (stdin or FILE) and write one result per line, in the same order,"
                + " as docs/CONTRACT.md describes: entities, commitments, visits. No Kafka needed."})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "JSON Lines file (default: stdin)")
    Path input;

    @Override
    public Integer call() throws IOException {
        // before CoreNLP's 15-30 s: a file that is not there is one line now, not a stack trace later
        if (input != null && !Files.isRegularFile(input)) {
            throw new IllegalArgumentException(Files.exists(input) ? input + " is not a file"
                    : "no such file: " + input);
        }
        if (input != null && !Files.isReadable(input)) {
            throw new IllegalArgumentException("cannot read " + input + " (permission denied)");
        }
        Progress progress = new Progress(System.err);
        progress.say("Loading CoreNLP (15-30 s)...");
        Extractor enricher = Engine.loadEnricher();
        progress.say("CoreNLP loaded; extracting");
        OfflineExtractor extractor = new OfflineExtractor(enricher, Clock.systemUTC());
        try (BufferedReader reader = input == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            int written = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                out.write(RecordJson.MAPPER.writeValueAsString(extractor.extractLine(line, lineNumber)));
                out.write('\n');
                out.flush();
                written++;
                if (written % 10 == 0) {
                    progress.say("%d articles extracted", written);
                }
            }
            progress.say("Done: %d articles", written);
        }
        return 0;
    }
}
