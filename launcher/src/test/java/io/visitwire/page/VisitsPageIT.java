package io.visitwire.page;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.visitwire.cli.Engine;
import io.visitwire.cli.Progress;
import io.visitwire.cli.local.LocalPipeline;
import io.visitwire.testkit.KafkaBroker;
import io.visitwire.testkit.RealKafkaExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visits page as a person uses it: opened in Debian's headless {@code chromium} on the real pipeline before
 * any article is posted, it shows the visits as they arrive with what was promised on them, narrows to one country
 * when the reader types it in the filter and presses Enter, and lays itself out on a phone's width. The screenshots stay in
 * {@code target/page-screenshots/}.
 *
 * <p>Without a {@code chromium} on the machine the test is skipped, saying so; with
 * {@value #REQUIRE_BROWSER_ENV}{@code =true} (CI: {@code .ci/run} installs it) it fails instead.
 */
@ExtendWith(RealKafkaExtension.class)
@EnabledIf(value = "chromiumHereOrRequired", disabledReason = "no chromium on this machine (apt-get install -y chromium,"
        + " or set " + HeadlessChromium.BINARY_ENV + "): the visits page is not tested in a browser")
class VisitsPageIT {

    static final String REQUIRE_BROWSER_ENV = "VISITWIRE_REQUIRE_CHROMIUM";
    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path SCREENSHOTS = MODULE.resolve("target/page-screenshots");
    private static final Path REFERENCE_ARTICLE = MODULE.getParent().resolve("examples/article.json");
    private static final String REFERENCE_URL = "http://www.defense.gov/news/newsarticle.aspx?id=59511";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalPipeline pipeline;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void startThePipelineAndABrowser(KafkaBroker kafka, @TempDir Path dir) throws Exception {
        Optional<Path> binary = HeadlessChromium.find();
        if (binary.isEmpty()) {
            fail("no chromium on this machine (apt-get install -y chromium, or set " + HeadlessChromium.BINARY_ENV
                    + "), and " + REQUIRE_BROWSER_ENV + " requires this test to run");
        }
        pipeline = LocalPipeline.onBroker(kafka, dir.resolve("state"), 0, Engine::loadEnricher,
                new Progress(new PrintStream(OutputStream.nullOutputStream())));
        chromium = HeadlessChromium.start(binary.get(), dir.resolve("chromium-profile"), SCREENSHOTS.resolve("chromium.log"));
    }

    /** Skipped, before any broker starts, where there is no browser, unless CI requires the test to run. */
    static boolean chromiumHereOrRequired() {
        return HeadlessChromium.find().isPresent() || Boolean.parseBoolean(System.getenv(REQUIRE_BROWSER_ENV));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void visitsAppearAsArticlesArriveAndTheCountryFilterNarrowsTheList() throws Exception {
        DevTools page = chromium.devTools();
        page.viewport(1280, 900, false);
        HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(URI.create(url("/openapi.json"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(JSON.readTree(document.body()).path("paths").has("/"), "up's one document lists the page too");
        page.navigate(url("/"));
        assertTrue(page.evaluate("[...document.querySelectorAll('input, select')].every(e => e.labels.length > 0)")
                .asBoolean(), "every filter has a label");

        // the page is open before the articles are posted: what it shows, it got while open
        assertEquals(202, post(Files.readString(REFERENCE_ARTICLE)));
        assertEquals(202, post(article("page-it-lima", "2025-05-08", "Foreign Minister concludes talks in Lima",
                "German Foreign Minister Helena Marsh arrived in Lima on May 6, 2025 and met with Peruvian President "
                        + "Rafael Quispe. The two discussed copper exports and port investment. Marsh left Lima on May 7, 2025.")));
        assertEquals(202, post(article("page-it-nairobi", "2025-09-01", "Energy Minister to travel to Kenya",
                "Canadian Energy Minister Tobias Brandt will travel to Nairobi, Kenya next week to meet with Kenyan "
                        + "President Daniel Mwangi, the ministry announced today. The talks are expected to cover geothermal power.")));

        // two visits no other test reports: they must arrive while the page is open
        await("the new visits on the page").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    List<Shown> shown = shownVisits(page);
                    assertTrue(shown.stream().anyMatch(v -> v.who().equals("Helena Marsh") && v.country().equals("PE")), shown.toString());
                    assertTrue(shown.stream().anyMatch(v -> v.who().equals("Tobias Brandt") && v.country().equals("KE")), shown.toString());
                });
        Shown brandt = shownVisits(page).stream().filter(v -> v.who().equals("Tobias Brandt")).findFirst().orElseThrow();
        assertEquals("PLANNED", brandt.status());
        assertTrue(brandt.hosts().contains("Mwangi"), brandt.toString());
        assertTrue(brandt.evidenceLinks().contains("https://www.example.org/news/page-it-nairobi"), brandt.toString());
        assertTrue(page.evaluate("document.querySelectorAll('#timeline svg a.row').length").asInt() >= 2,
                "the visits are on the timeline");
        page.screenshot(SCREENSHOTS.resolve("visits.png"));

        // as a reader filters: into the country field, type, Enter. The reference article's visit is found whether
        // this test posted it first or an earlier test of this JVM did (then it was enriched once, and is older)
        page.evaluate("document.getElementById('f-country').focus()");
        page.type("AZ");
        page.pressEnter();
        await("the list narrowed to Azerbaijan").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    assertEquals("country=AZ", page.evaluate("document.body.dataset.loadedQuery || ''").asText());
                    List<Shown> shown = shownVisits(page);
                    assertTrue(shown.stream().anyMatch(v -> v.who().endsWith("Gates")), shown.toString());
                    assertTrue(shown.stream().allMatch(v -> v.country().equals("AZ")), shown.toString());
                    // what he promised on the trip, asked of the API by the visit's commitmentIds
                    assertTrue(shown.stream().anyMatch(v -> v.who().endsWith("Gates")
                            && v.commitments().contains("(plan, due Jul 2010): have a bilateral defense consultation")),
                            shown.toString());
                });
        assertEquals("?country=AZ", page.evaluate("location.search").asText(), "the address keeps the filter");
        Shown gates = shownVisits(page).stream().filter(v -> v.who().endsWith("Gates")).findFirst().orElseThrow();
        assertTrue(gates.where().contains("Baku") && gates.where().contains("Azerbaijan"), gates.toString());
        assertEquals("COMPLETED", gates.status());
        assertTrue(gates.hosts().contains("Aliyev"), gates.toString());
        assertTrue(gates.evidenceLinks().contains(REFERENCE_URL), "the evidence links to its article: " + gates);
        page.screenshot(SCREENSHOTS.resolve("visits-country-az.png"));

        // Clear brings every visit back
        page.evaluate("document.querySelector('#filters button[type=reset]').click()");
        await("every visit again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    assertEquals("", page.evaluate("document.body.dataset.loadedQuery ?? 'not loaded'").asText());
                    List<Shown> shown = shownVisits(page);
                    assertTrue(shown.stream().anyMatch(v -> v.country().equals("PE")), shown.toString());
                });

        page.viewport(390, 844, true);
        await("the timeline redrawn to a phone's width").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> page.evaluate("Number(document.querySelector('#timeline svg')?.getAttribute('width') ?? 1e9)")
                        .asInt(Integer.MAX_VALUE) <= 390);
        assertFalse(page.evaluate("document.documentElement.scrollWidth > innerWidth").asBoolean(),
                "nothing wider than the phone's screen");
        page.screenshot(SCREENSHOTS.resolve("visits-narrow.png"));

        // a 503 from /visits or /commitments (the stores restoring or rebalancing) the page answers by asking again:
        // not a fault
        List<String> problems = page.problems().stream()
                .filter(problem -> !(problem.startsWith("network:") && problem.contains("503")
                        && (problem.contains("/visits") || problem.contains("/commitments"))))
                .toList();
        assertEquals(List.of(), problems, "the page reported no error (script, console, load, CSP)");
    }

    /** A visit as the page shows it. */
    record Shown(String who, String role, String country, String status, String where, String hosts,
                 String commitments, List<String> evidenceLinks) {
    }

    private static List<Shown> shownVisits(DevTools page) throws IOException {
        JsonNode rows = JSON.readTree(page.evaluate("JSON.stringify([...document.querySelectorAll('#visits > li')].map(li => ({"
                + "who: li.querySelector('.who')?.textContent ?? '',"
                + "role: li.querySelector('.role')?.textContent ?? '',"
                + "country: li.dataset.country, status: li.dataset.status,"
                + "facts: Object.fromEntries([...li.querySelectorAll('dt')].map(dt => [dt.textContent, dt.nextElementSibling.textContent])),"
                + "links: [...li.querySelectorAll('.evidence a')].map(a => a.href)})))").asText());
        List<Shown> shown = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> links = new ArrayList<>();
            row.path("links").forEach(link -> links.add(link.asText()));
            shown.add(new Shown(row.path("who").asText(), row.path("role").asText(), row.path("country").asText(),
                    row.path("status").asText(), row.path("facts").path("Where").asText(),
                    row.path("facts").path("Hosts").asText(), row.path("facts").path("Commitments").asText(), links));
        }
        return shown;
    }

    private static String article(String id, String published, String title, String body) {
        return JSON.createObjectNode().put("id", id).put("url", "https://www.example.org/news/" + id)
                .put("source", "Example Wire").put("published", published).put("title", title).put("body", body)
                .toString();
    }

    private static int post(String article) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/articles")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String url(String path) {
        return "http://localhost:" + pipeline.httpPort() + path;
    }
}
