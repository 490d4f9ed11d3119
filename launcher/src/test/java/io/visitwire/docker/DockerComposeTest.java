package io.visitwire.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What docker-compose.yml and the Dockerfile promise, read from the files (Docker does not run here; CI also runs
 * {@code docker-compose config -q}): the broker's data on its volume, the API's token required, host ports on
 * loopback only, the broker on the clients' Kafka version, images pinned, and CoreNLP in enrich's image alone.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, String> SERVICE_MODULES =
            Map.of("ingest", "ingest-service", "enrich", "enrich-service", "sink", "sink-service");

    private final JsonNode compose = read();

    private static JsonNode read() {
        try {
            return YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode service(String name) {
        JsonNode service = compose.path("services").get(name);
        assertNotNull(service, "service " + name);
        return service;
    }

    @Test
    void theBrokerWritesItsLogsOnItsVolume() {
        JsonNode kafka = service("kafka");
        String logDirs = kafka.path("environment").path("KAFKA_LOG_DIRS").asText(null);
        assertNotNull(logDirs, "KAFKA_LOG_DIRS: the image writes to /tmp/kraft-combined-logs without it");
        boolean onVolume = false;
        for (JsonNode volume : kafka.path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && compose.path("volumes").has(parts[0]) && logDirs.equals(parts[1])) {
                onVolume = true;
            }
        }
        assertTrue(onVolume, "KAFKA_LOG_DIRS " + logDirs + " is not a named volume's mount: " + kafka.path("volumes"));
    }

    @Test
    void theApiTokenIsRequiredAndComesFromDotEnv() throws IOException {
        String token = service("ingest").path("environment").path("VISITWIRE_HTTP_AUTH_TOKEN").asText("");
        assertTrue(token.matches("\\$\\{VISITWIRE_HTTP_AUTH_TOKEN:\\?.+}"),
                "required (${VISITWIRE_HTTP_AUTH_TOKEN:?...}), not defaulted: " + token);
        String example = Files.readString(ROOT.resolve(".env.example"));
        assertTrue(example.lines().anyMatch(line -> line.startsWith("VISITWIRE_HTTP_AUTH_TOKEN=")), example);
        assertTrue(Files.readString(ROOT.resolve(".gitignore")).lines().anyMatch(line -> line.equals("/.env")),
                ".env (the real token) is not to be committed");
    }

    @Test
    void hostPortsArePublishedOnLoopbackOnly() {
        int published = 0;
        for (Map.Entry<String, JsonNode> service : fields(compose.path("services")).entrySet()) {
            for (JsonNode port : service.getValue().path("ports")) {
                assertTrue(port.isTextual() && port.asText().startsWith("127.0.0.1:"),
                        service.getKey() + " publishes " + port + " beyond this machine");
                published++;
            }
        }
        assertTrue(published >= 4, "kafka, ingest, kafka-ui and prometheus publish a port");
    }

    @Test
    void theBrokerRunsTheClientsKafkaVersion() throws IOException {
        Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(version.find());
        assertEquals("apache/kafka:" + version.group(1), service("kafka").path("image").asText());
    }

    @Test
    void everyImageIsPinnedToAnExactVersion() throws IOException {
        Pattern exact = Pattern.compile("[^:\\s]+:v?\\d+\\.\\d+\\.\\d+[^\\s]*");
        for (Map.Entry<String, JsonNode> service : fields(compose.path("services")).entrySet()) {
            String image = service.getValue().path("image").asText("");
            assertTrue(exact.matcher(image).matches(), service.getKey() + ": " + image);
        }
        List<String> bases = Files.readAllLines(ROOT.resolve("Dockerfile")).stream()
                .filter(line -> line.startsWith("FROM ")).map(line -> line.split("\\s+")[1]).toList();
        Set<String> stages = stages().keySet();
        for (String base : bases) {
            assertTrue(stages.contains(base) || exact.matcher(base).matches(), "Dockerfile FROM " + base);
        }
    }

    @Test
    void eachServiceHasAnImageOfItsOwnAndOnlyEnrichCarriesCoreNlp() throws IOException {
        Map<String, List<String>> stages = stages();
        Set<String> images = new HashSet<>();
        for (Map.Entry<String, String> entry : SERVICE_MODULES.entrySet()) {
            JsonNode service = service(entry.getKey());
            assertEquals(entry.getKey(), service.path("build").path("target").asText(), entry.getKey() + ": build target");
            assertTrue(images.add(service.path("image").asText()), "an image of its own: " + entry.getKey());
            List<String> stage = stages.get(entry.getKey());
            assertNotNull(stage, "Dockerfile stage " + entry.getKey());
            for (String line : stage) {
                if (line.startsWith("COPY --from=build")) {
                    assertTrue(line.contains("/src/" + entry.getValue() + "/target/"),
                            entry.getKey() + " copies another module's files: " + line);
                }
            }
            boolean nlp = runtimeModules(entry.getValue()).contains("extraction");
            assertEquals(entry.getKey().equals("enrich"), nlp, entry.getKey() + " and CoreNLP (module extraction)");
            assertFalse(runtimeModules(entry.getValue()).contains("testkit"), entry.getKey() + " carries the embedded broker");
            assertFalse(runtimeModules(entry.getValue()).contains("launcher"), entry.getKey() + " carries the launcher");
        }
        assertTrue(Files.readString(ROOT.resolve("extraction/pom.xml")).contains("<artifactId>stanford-corenlp</artifactId>"));
        for (String module : List.of("schemas", "ops", "ingest-service", "sink-service")) {
            assertFalse(Files.readString(ROOT.resolve(module + "/pom.xml")).contains("edu.stanford.nlp"), module);
        }
    }

    /** The Dockerfile's stages by name, each with its lines. */
    private static Map<String, List<String>> stages() throws IOException {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            Matcher from = Pattern.compile("FROM \\S+ AS (\\S+)").matcher(line);
            if (from.matches()) {
                current = new java.util.ArrayList<>();
                stages.put(from.group(1), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return stages;
    }

    /** The visitwire modules on {@code module}'s runtime classpath, itself included: its non-test dependencies, transitively. */
    private static Set<String> runtimeModules(String module) throws IOException {
        Pattern dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(module));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            String pom = Files.readString(ROOT.resolve(next + "/pom.xml"));
            String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
            Matcher each = dependency.matcher(dependencies);
            while (each.find()) {
                String text = each.group(1);
                Matcher artifact = Pattern.compile("<artifactId>visitwire-([^<]+)</artifactId>").matcher(text);
                if (artifact.find() && !text.contains("<scope>test</scope>")) {
                    String name = artifact.group(1);
                    todo.push(name);
                }
            }
        }
        return seen;
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> fields.put(entry.getKey(), entry.getValue()));
        return fields;
    }
}
