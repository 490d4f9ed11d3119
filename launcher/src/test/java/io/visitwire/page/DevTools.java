package io.visitwire.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few DevTools-protocol commands a page test needs, over {@code java.net.http}'s WebSocket: open an address,
 * evaluate a script, type, press a key, size the viewport, take a screenshot. Collects what the page reports as
 * going wrong (uncaught exceptions, console errors, failed loads, Content-Security-Policy refusals) for the test to
 * assert there was none.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private WebSocket socket;

    private DevTools() {
    }

    static DevTools connect(URI page) throws IOException, InterruptedException {
        DevTools devTools = new DevTools();
        try {
            devTools.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(CALL_TIMEOUT)
                    .buildAsync(page, devTools.new Listener()).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot open the DevTools socket " + page, e);
        }
        devTools.call("Page.enable");
        devTools.call("Runtime.enable");
        devTools.call("Log.enable");
        return devTools;
    }

    /** Sends a command and waits for its result; a protocol error is an {@link IllegalStateException}. */
    JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        try {
            socket.sendText(message.toString(), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode reply = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no answer within " + CALL_TIMEOUT, e);
        } finally {
            pending.remove(id);
        }
    }

    JsonNode call(String method) {
        return call(method, JSON.createObjectNode());
    }

    /** Opens {@code url} in the page and waits until it has loaded. */
    void navigate(String url) {
        JsonNode result = call("Page.navigate", params().put("url", url));
        if (result.hasNonNull("errorText")) {
            throw new IllegalStateException("cannot open " + url + ": " + result.get("errorText").asText());
        }
        // the load event cannot be missed between navigate and this check: the script waits for it if still loading
        evaluate("document.readyState === 'complete' ? true"
                + " : new Promise(done => addEventListener('load', () => done(true), {once: true}))");
    }

    /** The value of a script expression (awaited if a promise), as JSON; a thrown error fails the call. */
    JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate", params().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Types {@code text} into the focused element, as a keyboard would. */
    void type(String text) {
        call("Input.insertText", params().put("text", text));
    }

    void pressEnter() {
        for (String type : List.of("keyDown", "keyUp")) {
            ObjectNode key = params().put("type", type).put("key", "Enter").put("code", "Enter")
                    .put("windowsVirtualKeyCode", 13).put("nativeVirtualKeyCode", 13);
            if (type.equals("keyDown")) {
                key.put("text", "\r");
            }
            call("Input.dispatchKeyEvent", key);
        }
    }

    /** Lays the page out as a screen {@code width} CSS pixels wide (a phone's when {@code mobile}). */
    void viewport(int width, int height, boolean mobile) {
        call("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", mobile));
    }

    /** A PNG of the whole page, not only the part in the viewport. */
    void screenshot(Path file) throws IOException {
        JsonNode size = call("Page.getLayoutMetrics").path("cssContentSize");
        ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0)
                .put("width", size.path("width").asDouble()).put("height", size.path("height").asDouble()).put("scale", 1);
        ObjectNode request = params().put("format", "png").put("captureBeyondViewport", true);
        request.set("clip", clip);
        byte[] png = Base64.getDecoder().decode(call("Page.captureScreenshot", request).path("data").asText());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
    }

    /** What the page reported as failing since it was opened: exceptions, console errors, refused loads. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    private void onEvent(String method, JsonNode params) {
        switch (method) {
            case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asText()) || "assert".equals(params.path("type").asText())) {
                    problems.add("console." + params.path("type").asText() + ": " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if ("error".equals(entry.path("level").asText())) {
                    problems.add(entry.path("source").asText() + ": " + entry.path("text").asText() + " "
                            + entry.path("url").asText(""));
                }
            }
            default -> { }
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    /** Joins a message's frames, then hands it to the waiting call or to {@link #onEvent}. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                try {
                    JsonNode node = JSON.readTree(text);
                    if (node.has("id")) {
                        CompletableFuture<JsonNode> waiting = pending.get(node.get("id").asInt());
                        if (waiting != null) {
                            waiting.complete(node);
                        }
                    } else {
                        onEvent(node.path("method").asText(), node.path("params"));
                    }
                } catch (IOException e) {
                    problems.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(waiting -> waiting.completeExceptionally(error));
        }
    }
}
