package io.visitwire.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.ingest.ArticleParser;
import io.visitwire.ingest.publish.Publisher;
import io.visitwire.ops.ServiceOps;
import io.visitwire.ops.http.OpsRoutes;
import io.visitwire.schemas.avro.Article;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With a token configured, only requests that carry it publish anything. */
class BearerTokenTest {

    private static final String ARTICLE = "{\"id\":\"t1\",\"title\":\"A title\",\"body\":\"A body.\"}";

    private final List<Article> published = new CopyOnWriteArrayList<>();
    private final Publisher publisher = article -> {
        published.add(article);
        return CompletableFuture.completedFuture(new Publisher.Acknowledgement(article.getId(), "articles.raw.v1", 0, 0));
    };
    private final HttpClient http = HttpClient.newHttpClient();
    private IngestApi api;

    @BeforeEach
    void start() {
        api = new IngestApi(publisher, new ArticleParser(), 1 << 20, Clock.systemUTC(), Optional.of("s3cret-token"))
                .start("127.0.0.1", 0, new OpsRoutes(ServiceOps.create())::registerRoutes);
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    @Test
    void aRequestWithoutTheTokenGets401AndPublishesNothing() throws Exception {
        HttpResponse<String> response = post("/articles", null);

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("\"error\":\"unauthorized\""), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(published.isEmpty());
    }

    @Test
    void aWrongTokenGets401OnBothRoutes() throws Exception {
        assertEquals(401, post("/articles", "Bearer wrong").statusCode());
        assertEquals(401, post("/articles:batch", "Bearer s3cret-token-but-longer").statusCode());
        assertEquals(401, post("/articles", "Basic czNjcmV0LXRva2Vu").statusCode());
        assertTrue(published.isEmpty());
    }

    @Test
    void theRightTokenIsAccepted() throws Exception {
        assertEquals(202, post("/articles", "Bearer s3cret-token").statusCode());
        assertEquals(202, post("/articles:batch", "bearer s3cret-token").statusCode());
        assertEquals(2, published.size());
    }

    @Test
    void operatorEndpointsNeedNoToken() throws Exception {
        assertEquals(200, http.send(HttpRequest.newBuilder(uri("/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
    }

    private HttpResponse<String> post(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", path.endsWith(":batch") ? "application/x-ndjson" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + api.port() + path);
    }
}
