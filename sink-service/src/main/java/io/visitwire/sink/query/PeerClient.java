package io.visitwire.sink.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.visitwire.ops.http.HttpServers;
import io.visitwire.schemas.RecordJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another sink instance for its share of a query, on its internal routes ({@link QueryRoutes}). Whatever
 * keeps an answer from being complete (no connection, a timeout, a 503, a body that is not the expected one) is
 * {@link NotQueryable}.
 */
final class PeerClient {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    CompletableFuture<Page> list(HostInfo host, String path, String rawQuery, Set<Integer> partitions) {
        String query = (rawQuery == null || rawQuery.isEmpty() ? "" : rawQuery + "&") + QueryRoutes.PARTITIONS + "="
                + partitions.stream().map(String::valueOf).collect(Collectors.joining(","));
        URI uri = URI.create(HttpServers.url(host.host(), host.port()) + path + "?" + query);
        return http.sendAsync(request(uri), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new NotQueryable("the sink instance " + host + " did not answer: " + failure.getMessage(), failure);
                    }
                    requireOk(host, response);
                    try {
                        return Page.fromInternalJson(RecordJson.MAPPER.readTree(response.body()));
                    } catch (IOException | IllegalArgumentException e) {
                        throw new NotQueryable("the sink instance " + host + " gave an answer that is not a page: " + e.getMessage(), e);
                    }
                });
    }

    Optional<ObjectNode> get(HostInfo host, String path, String key, int partition) {
        URI uri = URI.create(HttpServers.url(host.host(), host.port()) + path + "/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20")
                + "?" + QueryRoutes.PARTITION + "=" + partition);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new NotQueryable("the sink instance " + host + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotQueryable("interrupted while asking the sink instance " + host, e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        requireOk(host, response);
        try {
            JsonNode body = RecordJson.MAPPER.readTree(response.body());
            if (!body.isObject()) {
                throw new IOException("not an object");
            }
            return Optional.of((ObjectNode) body);
        } catch (IOException e) {
            throw new NotQueryable("the sink instance " + host + " gave an answer that is not a record: " + e.getMessage(), e);
        }
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
    }

    private static void requireOk(HostInfo host, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new NotQueryable("the sink instance " + host + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }
}
