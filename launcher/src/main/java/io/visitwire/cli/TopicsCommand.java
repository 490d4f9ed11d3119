package io.visitwire.cli;

import io.visitwire.schemas.TopicProvisioner;
import io.visitwire.schemas.Topics;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Creates visitwire's topics with their documented settings, before any service starts. */
@Command(name = "topics", mixinStandardHelpOptions = true, subcommands = TopicsCommand.Create.class,
        description = "Manage visitwire's topics.")
public final class TopicsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create every visitwire topic that does not exist yet: visits.v1 compacted, raw and"
                    + " dead-letter topics with their retention. Existing topics are left alone."})
    static final class Create implements Callable<Integer> {

        @Mixin
        KafkaOptions kafka;

        @Option(names = "--partitions", defaultValue = "${env:VISITWIRE_TOPICS_PARTITIONS:-2}",
                description = "Partitions per topic (default: ${DEFAULT-VALUE})")
        int partitions;

        @Option(names = "--replication-factor", defaultValue = "${env:VISITWIRE_TOPICS_REPLICATION_FACTOR:-1}",
                description = "Replication factor (default: ${DEFAULT-VALUE}; use 3 on a real cluster)")
        short replicationFactor;

        @Override
        public Integer call() throws Exception {
            try (Admin admin = Admin.create(kafka.clientProperties())) {
                TopicProvisioner.ensureTopics(admin, Topics.ALL, partitions, replicationFactor);
                System.out.print(StatusCommand.render(admin));
            } catch (java.util.concurrent.ExecutionException | RuntimeException e) {
                if (e instanceof KafkaOptions.Unreachable || !KafkaOptions.isKafkaFailure(e)) {
                    throw e;
                }
                throw kafka.failure(e);
            }
            return 0;
        }
    }
}
