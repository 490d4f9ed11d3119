package io.visitwire.reliability;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.visitwire.cli.Progress;
import io.visitwire.cli.Visitwire;
import io.visitwire.cli.local.LocalPipeline;
import io.visitwire.cli.local.PipelineWatch;
import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.VisitEvent;
import io.visitwire.testkit.EmbeddedKafkaBroker;
import java.io.ByteArrayOutputStream;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The pipeline against a broker whose client listener requires SASL/PLAIN: every service gets the
 * credentials only through the {@code kafka.*} pass-through settings (the way an operator would
 * configure them), an article posted over HTTP comes out as a visit, and a client with a wrong
 * password is refused; {@code visitwire tail} reads with the same settings from its environment or from
 * {@code --kafka}. The controller and inter-broker listener stays PLAINTEXT on its own port.
 */
class SaslPlainIT {

    private static final String USER = "visitwire";
    private static final String PASSWORD = "secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void thePipelineRunsOverSaslPlainAndAWrongPasswordIsRefused(@TempDir Path directory) throws Exception {
        int clientPort = EmbeddedKafkaBroker.findFreePort();
        int internalPort = EmbeddedKafkaBroker.findFreePort();
        int controllerPort = EmbeddedKafkaBroker.findFreePort();
        try (EmbeddedKafkaBroker broker = saslBroker(directory.resolve("kafka"), clientPort, internalPort, controllerPort);
             LocalPipeline pipeline = LocalPipeline.onBroker(broker, directory.resolve("state"), 0, ScriptedEnricher::new,
                     new Progress(new PrintStream(OutputStream.nullOutputStream())))) {
            String id = "sasl-" + UUID.randomUUID().toString().substring(0, 8);
            String visitor = "Envoy Sasl" + id.substring(5);
            HttpResponse<String> response = post(pipeline.httpPort(), """
                    {"id": "%s", "title": "%s visits Azerbaijan", "published": "2024-06-07",
                     "body": "%s arrived in Baku.\\n%s\\n"}""".formatted(id, visitor, visitor,
                    ScriptedEnricher.visitLine(visitor, "AZ", "2024-06-07")));
            assertEquals(202, response.statusCode(), response.body());

            PipelineWatch watch = new PipelineWatch(broker.clientProperties());
            await("the visit of " + id).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !watch.visitsFrom(List.of(id)).isEmpty());
            VisitEvent visit = watch.visitsFrom(List.of(id)).get(0);
            assertEquals(visitor, visit.getVisitor().getName());
            assertEquals("AZ", visit.getCountry());

            Map<String, Object> intruder = broker.clientProperties();
            intruder.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(USER, "not-the-secret"));
            ExecutionException refused = assertThrows(ExecutionException.class, () -> describeCluster(intruder));
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause(), refused.getCause().toString());
            assertTrue(describeCluster(broker.clientProperties()) > 0, "the right password still works");
        }
    }

    @Test
    void tailReadsOverSaslPlainWithTheCredentialsOfItsEnvironmentOrOfKafkaOptions(@TempDir Path directory) throws Exception {
        try (EmbeddedKafkaBroker broker = saslBroker(directory.resolve("kafka"), EmbeddedKafkaBroker.findFreePort(),
                EmbeddedKafkaBroker.findFreePort(), EmbeddedKafkaBroker.findFreePort())) {
            try (Admin admin = broker.createAdmin()) {
                TopicProvisioner.ensureTopics(admin, Topics.ALL, 1, (short) 1);
            }
            String id = "sasl-tail-" + UUID.randomUUID().toString().substring(0, 8);
            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(broker.clientProperties(),
                    Topics.ARTICLES_RAW.keySerde().serializer(), Topics.ARTICLES_RAW.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), id, Article.newBuilder().setId(id)
                        .setTitle("t").setBody("b").setReceivedAt(Instant.EPOCH).build())).get();
            }

            // as an operator runs it: a JVM of its own, the settings in VISITWIRE_KAFKA_* variables only
            Path stdout = directory.resolve("tail.out");
            Path stderr = directory.resolve("tail.err");
            ProcessBuilder tail = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), Visitwire.class.getName(),
                    "tail", Topics.ARTICLES_RAW.name())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            tail.environment().keySet().removeIf(variable -> variable.startsWith("VISITWIRE_"));
            tail.environment().put("VISITWIRE_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            tail.environment().put("VISITWIRE_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            tail.environment().put("VISITWIRE_KAFKA_SASL_MECHANISM", "PLAIN");
            tail.environment().put("VISITWIRE_KAFKA_SASL_JAAS_CONFIG", jaas(USER, PASSWORD));
            Process process = tail.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("tail did not finish: " + Files.readString(stderr));
            }
            assertEquals(0, process.exitValue(), Files.readString(stderr));
            String printed = Files.readString(stdout);
            assertTrue(printed.contains("\"id\":\"" + id + "\""), printed);

            // the same settings as --kafka NAME=VALUE options
            PrintStream original = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                assertEquals(0, new CommandLine(new Visitwire()).execute("tail", Topics.ARTICLES_RAW.name(),
                        "--bootstrap-server", broker.bootstrapServers(),
                        "--kafka", "security.protocol=SASL_PLAINTEXT", "--kafka", "sasl.mechanism=PLAIN",
                        "--kafka", "sasl.jaas.config=" + jaas(USER, PASSWORD)));
            } finally {
                System.setOut(original);
            }
            assertTrue(captured.toString(StandardCharsets.UTF_8).contains("\"id\":\"" + id + "\""), captured.toString());
        }
    }

    private static EmbeddedKafkaBroker saslBroker(Path dataDirectory, int clientPort, int internalPort, int controllerPort) {
        String host = "127.0.0.1";
        return EmbeddedKafkaBroker.builder()
                .dataDirectory(dataDirectory)
                .brokerPort(clientPort)
                .controllerPort(controllerPort)
                .brokerProperty("listeners", "CLIENT://%s:%d,INTERNAL://%s:%d,CONTROLLER://%s:%d"
                        .formatted(host, clientPort, host, internalPort, host, controllerPort))
                .brokerProperty("advertised.listeners", "CLIENT://%s:%d,INTERNAL://%s:%d"
                        .formatted(host, clientPort, host, internalPort))
                .brokerProperty("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT")
                .brokerProperty("inter.broker.listener.name", "INTERNAL")
                .brokerProperty("sasl.enabled.mechanisms", "PLAIN")
                .brokerProperty("listener.name.client.plain.sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required user_%s=\"%s\";"
                                .formatted(USER, PASSWORD))
                .clientProperty(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT")
                .clientProperty(SaslConfigs.SASL_MECHANISM, "PLAIN")
                .clientProperty(SaslConfigs.SASL_JAAS_CONFIG, jaas(USER, PASSWORD))
                .start();
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";"
                .formatted(user, password);
    }

    private static int describeCluster(Map<String, Object> clientProperties) throws Exception {
        try (Admin admin = Admin.create(clientProperties)) {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs(30_000)).nodes()
                    .get(30, TimeUnit.SECONDS).size();
        }
    }

    private static HttpResponse<String> post(int port, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
