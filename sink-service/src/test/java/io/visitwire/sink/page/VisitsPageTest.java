package io.visitwire.sink.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.visitwire.ops.http.HttpServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page's three files over real HTTP: types, headers, and nothing asked of another origin. */
class VisitsPageTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin server;

    @BeforeEach
    void start() {
        server = HttpServers.start("127.0.0.1", 0, new VisitsPage()::registerRoutes);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void thePageItsScriptAndItsStyleSheetAreServedWithTheirTypesAndPolicy() throws Exception {
        for (List<String> file : List.of(List.of(VisitsPage.PAGE_PATH, "text/html"),
                List.of(VisitsPage.SCRIPT_PATH, "text/javascript"), List.of(VisitsPage.STYLE_PATH, "text/css"))) {
            HttpResponse<String> response = get(file.get(0));
            assertEquals(200, response.statusCode(), file.get(0));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(file.get(1)), file.get(0));
            assertEquals(VisitsPage.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(""), file.get(0));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertFalse(response.body().isBlank(), file.get(0));
        }
    }

    @Test
    void everythingThePageLoadsIsServedHereNothingComesFromElsewhere() throws Exception {
        Matcher references = REFERENCE.matcher(get(VisitsPage.PAGE_PATH).body());
        int count = 0;
        while (references.find()) {
            String reference = references.group(1);
            if (reference.startsWith("#") || reference.startsWith("data:")) {
                continue;
            }
            assertTrue(reference.startsWith("/") && !reference.startsWith("//"), "a same-origin path: " + reference);
            if (reference.startsWith("/page/")) {
                assertEquals(200, get(reference).statusCode(), reference);
                count++;
            }
        }
        assertEquals(2, count, "the script and the style sheet");
        String script = get(VisitsPage.SCRIPT_PATH).body();
        assertFalse(script.contains("innerHTML"), "text from articles goes into the page as text, never as HTML");
        assertFalse(Pattern.compile("fetch\\(['\"]https?:").matcher(script).find(), "the script asks only its own server");
    }

    @Test
    void itsOpenApiDocumentListsExactlyItsRoutesWithTheTypesTheyAnswer() throws Exception {
        JsonNode document = new ObjectMapper().readTree(VisitsPage.documented().openApi());
        List<String> documented = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(documented::add);
        assertEquals(VisitsPage.paths(), documented);
        for (String path : documented) {
            String type = document.at("/paths/" + path.replace("/", "~1") + "/get/responses/200/content").fieldNames().next();
            assertTrue(get(path).headers().firstValue("Content-Type").orElse("").startsWith(type), path + " answers " + type);
        }
    }

    @Test
    void otherMethodsAndPathsAreRefusedAsEverywhereElse() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals(404, get("/page/missing.js").statusCode());
        assertEquals(404, get("/index.html").statusCode());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
