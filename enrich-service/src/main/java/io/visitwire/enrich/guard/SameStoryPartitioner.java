package io.visitwire.enrich.guard;

import io.visitwire.schemas.avro.Article;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
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
        // the same hash as Kafka's default partitioner, so articles without a URL stay where their id puts them
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(story.getBytes(StandardCharsets.UTF_8))) % numPartitions));
    }
}
