package io.visitwire.cli;

import io.visitwire.schemas.TopicRecordJson;
import io.visitwire.schemas.Topics;
import io.visitwire.schemas.deadletter.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the dead letters and, once the cause is fixed, sends them back to where they failed. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Replay.class},
        description = "Inspect and replay the dead-letter topic, " + "articles.dlq.v1.")
public final class DlqCommand {

    /** The consumer group that remembers which dead letters were replayed already. */
    static final String REPLAY_GROUP = "visitwire-dlq-replay";
    static final String REPLAYED_FROM_HEADER = "visitwire.replayed.from";

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print every dead letter as JSON: key, headers (stage, exception, source), original value.")
    static final class ListLetters implements Callable<Integer> {

        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() {
            try (DeadLetterReader reader = new DeadLetterReader(kafka.clientProperties(DeadLetterReader.FIXED), null, true,
                    kafka.timeout())) {
                reader.forEach(record -> System.out.println(TopicRecordJson.value(
                        record.topic(), record.key(), record.value(), record.headers())
                        .put("partition", record.partition()).put("offset", record.offset())));
            } catch (org.apache.kafka.common.KafkaException e) {
                throw kafka.failure(e);
            }
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Send dead letters back to the topic they failed on (their original key and bytes), once"
                    + " each: replayed letters are remembered in the consumer group " + REPLAY_GROUP + "."})
    static final class Replay implements Callable<Integer> {

        @Mixin
        KafkaOptions kafka;

        @Option(names = "--stage", description = "Only dead letters of this stage (deserialize, enrich, sink).")
        String stage;

        @Option(names = "--all", description = "Also the dead letters replayed before.")
        boolean all;

        @Option(names = "--dry-run", description = "Only print what would be replayed.")
        boolean dryRun;

        @Override
        public Integer call() throws ExecutionException, InterruptedException {
            Map<String, Object> producerProps = kafka.clientProperties(List.of(
                    new KafkaOptions.Fixed(ProducerConfig.ACKS_CONFIG, "all",
                            "a replayed letter is committed as replayed only once every replica has it"),
                    new KafkaOptions.Fixed(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            "a retried send must not write a letter twice")));
            List<KafkaOptions.Fixed> readerFixed = new ArrayList<>(DeadLetterReader.FIXED);
            readerFixed.add(new KafkaOptions.Fixed(ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP,
                    "replayed letters are remembered in that group"));
            int replayed = 0;
            try (DeadLetterReader reader = new DeadLetterReader(kafka.clientProperties(readerFixed), REPLAY_GROUP, all,
                    kafka.timeout());
                 KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps,
                         new ByteArraySerializer(), new ByteArraySerializer())) {
                for (ConsumerRecord<byte[], byte[]> letter : reader.all()) {
                    String source = DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC);
                    String letterStage = DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.STAGE);
                    if (source == null || (stage != null && !stage.equals(letterStage))) {
                        continue;
                    }
                    System.err.printf("%s %s@%d -> %s (stage %s: %s)%n", dryRun ? "would replay" : "replaying",
                            letter.topic(), letter.offset(), source, letterStage,
                            DeadLetterHeaders.text(letter.headers(), DeadLetterHeaders.EXCEPTION_MESSAGE));
                    if (!dryRun) {
                        RecordHeaders headers = new RecordHeaders();
                        headers.add(REPLAYED_FROM_HEADER, (letter.topic() + "@" + letter.partition() + ":"
                                + letter.offset()).getBytes(StandardCharsets.UTF_8));
                        producer.send(new ProducerRecord<>(source, null, letter.key(), letter.value(), headers)).get();
                    }
                    replayed++;
                }
                if (!dryRun) {
                    reader.commit();
                }
            } catch (ExecutionException | org.apache.kafka.common.KafkaException e) {
                throw kafka.failure(e);
            }
            System.err.printf("%d dead letter(s) %s%n", replayed, dryRun ? "would be replayed" : "replayed");
            return 0;
        }
    }

    /** Reads the dead-letter topic up to its current end. */
    static final class DeadLetterReader implements AutoCloseable {

        /** What the reader rests on: it reads only committed letters, and commits only what was replayed. */
        static final List<KafkaOptions.Fixed> FIXED = List.of(
                new KafkaOptions.Fixed(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        "the services write dead letters in transactions, and only committed ones are letters"),
                new KafkaOptions.Fixed(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        "a letter is marked replayed only after it was written back"));

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final List<TopicPartition> partitions;
        private final String groupId;

        DeadLetterReader(Map<String, Object> clientProps, String groupId, boolean fromBeginning, Duration timeout) {
            Map<String, Object> props = new HashMap<>(clientProps);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            if (groupId != null) {
                props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            }
            this.groupId = groupId;
            this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            this.partitions = consumer.partitionsFor(Topics.ARTICLES_DLQ.name(), timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            if (groupId == null || fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata done = committed.get(partition);
                    if (done == null) {
                        consumer.seekToBeginning(List.of(partition));
                    } else {
                        consumer.seek(partition, done.offset());
                    }
                }
            }
        }

        List<ConsumerRecord<byte[], byte[]>> all() {
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }

        void forEach(java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> action) {
            all().forEach(action);
        }

        /** Remembers that everything read so far was handled. */
        void commit() {
            if (groupId != null) {
                Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
                partitions.forEach(p -> positions.put(p, new OffsetAndMetadata(consumer.position(p))));
                consumer.commitSync(positions);
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
