package io.visitwire.enrich.guard;

import io.visitwire.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends every posting of one story to one partition, so that {@link RepostFilter} sees them all: by URL when
 * the article has one (a re-post under a new id has the same URL), otherwise by id. Keys stay article ids.
 * Postings that differ in URL differ in fingerprint too, so no re-post is split across partitions.
 */
public final class SameStoryPartitioner implements StreamPartitioner<String, Article> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, Article article, int numPartitions) {
        String story = article == null || article.getUrl() == null ? key : article.getUrl();
        if (story == null) {
            return Optional.empty();
        }
        // Kafka's default partitioner itself, so articles without a URL stay where their id put them
        return Optional.of(Set.of(BuiltInPartitioner.partitionForKey(story.getBytes(StandardCharsets.UTF_8), numPartitions)));
    }
}
