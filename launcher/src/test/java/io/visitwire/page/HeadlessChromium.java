package io.visitwire.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium}, headless, driven over the DevTools protocol ({@link DevTools}): started with
 * {@code --remote-debugging-port=0}, it prints the address it chose on stderr; the page it opened is the one target
 * this class connects to. The browser's stderr goes to a log file, for when a test fails.
 *
 * <p>The binary is {@code $VISITWIRE_CHROMIUM}, or the first of {@code chromium}, {@code chromium-browser},
 * {@code google-chrome} on the {@code PATH}.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String BINARY_ENV = "VISITWIRE_CHROMIUM";
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final DevTools devTools;

    private HeadlessChromium(Process process, DevTools devTools) {
        this.process = process;
        this.devTools = devTools;
    }

    /** The browser binary, if this machine has one. */
    static Optional<Path> find() {
        String configured = System.getenv(BINARY_ENV);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return NAMES.stream()
                .flatMap(name -> Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts the browser on a blank page with a fresh profile in {@code profileDir}, its stderr in {@code log}.
     */
    static HeadlessChromium start(Path binary, Path profileDir, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--headless",
                // CI runs as root, where Chromium's sandbox cannot start; the page is our own, on loopback
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--hide-scrollbars",
                "--lang=en-GB",
                "--user-data-dir=" + profileDir,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank"));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI browser = awaitDevToolsAddress(process, log);
            URI page = pageTarget(browser);
            return new HeadlessChromium(process, DevTools.connect(page));
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    DevTools devTools() {
        return devTools;
    }

    /** Reads stderr to the log, handing over the DevTools address once the browser prints it. */
    private static URI awaitDevToolsAddress(Process process, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
                 Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    out.write(line);
                    out.write('\n');
                    out.flush();
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        address.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            } finally {
                address.completeExceptionally(new IOException("chromium exited without a DevTools address; see " + log));
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        try {
            return address.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("chromium printed no DevTools address within " + START_TIMEOUT + "; see " + log, e);
        }
    }

    /** The page's own DevTools socket, from the browser's target list ({@code /json/list}). */
    private static URI pageTarget(URI browser) throws IOException, InterruptedException {
        URI list = URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(list).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(answer.body())) {
            if ("page".equals(target.path("type").asText())) {
                return URI.create(target.path("webSocketDebuggerUrl").asText());
            }
        }
        throw new IOException("chromium has no page target: " + answer.body());
    }

    @Override
    public void close() {
        try {
            devTools.close();
        } finally {
            // the renderer and GPU processes are the browser's children: they go with it, or with us
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

}
