package io.visitwire.ops.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container health check that needs only the JVM already in the image (the JRE images carry neither curl
 * nor wget): {@code java -cp '/app/lib/*' io.visitwire.ops.http.HttpProbe http://localhost:8080/ready} exits 0
 * on a 2xx answer within 3 s, 1 otherwise.
 */
public final class HttpProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: HttpProbe URL");
            System.exit(2);
        }
        // this main is a command of its own, run by the container runtime: its exit status is the answer
        System.exit(probe(URI.create(args[0])) ? 0 : 1);
    }

    /** True when {@code uri} answers a GET with a 2xx status within {@link #TIMEOUT}. */
    public static boolean probe(URI uri) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpProbe() {
    }
}
