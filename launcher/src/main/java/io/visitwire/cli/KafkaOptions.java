package io.visitwire.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How a command reaches Kafka: bootstrap servers plus any client setting (security included). */
public final class KafkaOptions {

    @Option(names = "--bootstrap-server", defaultValue = "${env:VISITWIRE_KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
    String bootstrapServers;

    @Option(names = "--kafka", paramLabel = "NAME=VALUE",
            description = "Any Kafka client setting, e.g. --kafka security.protocol=SASL_SSL (repeatable)")
    Map<String, String> clientSettings = new HashMap<>();

    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("VISITWIRE_KAFKA_") && !name.equals("VISITWIRE_KAFKA_BOOTSTRAP_SERVERS")) {
                props.put(name.substring("VISITWIRE_KAFKA_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'),
                        value);
            }
        });
        props.putAll(clientSettings);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }
}
