package io.visitwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.visitwire.cli.local.LocalPipeline;
import io.visitwire.cli.local.PipelineWatch;
import io.visitwire.enrich.EnrichConfig;
import io.visitwire.enrich.EnrichTopology;
import io.visitwire.ingest.IngestConfig;
import io.visitwire.schemas.RecordJson;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.sink.SinkConfig;
import io.visitwire.sink.SinkTopology;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Posts articles through the whole local pipeline and prints the visit events they produced. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start Kafka and the three services in this process, post the reference article (or FILE,"
                + " JSON Lines) over HTTP, wait for the results and print the visit events from visits.v1 as"
                + " JSON Lines. Progress goes to stderr."})
public final class DemoCommand implements Callable<Integer> {

    static final String REFERENCE_ARTICLE = "/examples/reference-article.jsonl";
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(20);

    @Parameters(index = "0", arity = "0..1", description = "JSON Lines file of articles (default: the reference article)")
    Path input;

    @Override
    public Integer call() throws Exception {
        Progress progress = new Progress(System.err);
        String articles = input == null ? referenceArticle() : Files.readString(input, StandardCharsets.UTF_8);
        String token = AccessToken.configuredOrNew();
        try (LocalPipeline pipeline = LocalPipeline.withEmbeddedBroker(VisitwireHome.resolve(), 0,
                IngestConfig.DEFAULT_HTTP_HOST, 0, token, Engine::loadEnricher, progress)) {
            List<String> ids = post(pipeline.httpPort(), token, articles, progress);
            if (ids.isEmpty()) {
                progress.say("No article was accepted; nothing to wait for");
                return 1;
            }
            PipelineWatch watch = new PipelineWatch(pipeline.clientProperties());
            watch.awaitCaughtUp(EnrichConfig.DEFAULT_APPLICATION_ID,
                    EnrichTopology.inputTopics(EnrichConfig.DEFAULT_APPLICATION_ID), PROCESSING_TIMEOUT,
                    lag -> progress.say("Enriching: %d record(s) to go", lag));
            watch.awaitCaughtUp(SinkConfig.DEFAULT_APPLICATION_ID,
                    SinkTopology.inputTopics(SinkConfig.DEFAULT_APPLICATION_ID), PROCESSING_TIMEOUT,
                    lag -> progress.say("Assembling visits: %d record(s) to go", lag));
            List<VisitEvent> visits = watch.visitsFrom(ids);
            progress.say("%d visit event(s) on %s:", visits.size(), Topics.VISITS.name());
            visits.forEach(visit -> System.out.println(RecordJson.toJsonLine(visit)));
            System.out.flush();
        }
        progress.say("Done");
        return 0;
    }

    private static List<String> post(int httpPort, String token, String articles, Progress progress)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/articles:batch"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(articles, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = RecordJson.MAPPER.readTree(response.body());
        List<String> ids = new ArrayList<>();
        body.path("ids").forEach(id -> ids.add(id.asText()));
        progress.say("POST /articles:batch -> %d, %d accepted", response.statusCode(), ids.size());
        body.path("rejected").forEach(rejected -> progress.say("Rejected: %s", rejected));
        return ids;
    }

    private static String referenceArticle() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(REFERENCE_ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + REFERENCE_ARTICLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
