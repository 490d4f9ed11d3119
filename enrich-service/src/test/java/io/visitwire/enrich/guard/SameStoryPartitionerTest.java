package io.visitwire.enrich.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.visitwire.schemas.avro.Article;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class SameStoryPartitionerTest {

    private static final int PARTITIONS = 6;
    private final SameStoryPartitioner partitioner = new SameStoryPartitioner();

    @Test
    void everyPostingOfOneUrlGoesToOnePartitionWhateverItsId() {
        Set<Integer> producerPartitions = new java.util.HashSet<>();
        Set<Integer> routed = new java.util.HashSet<>();
        IntStream.range(0, 20).mapToObj(i -> "posting-" + i).forEach(id -> {
            producerPartitions.add(BuiltInPartitioner.partitionForKey(id.getBytes(), PARTITIONS));
            routed.add(partition(id, article(id, "https://example.org/story")));
        });

        assertNotEquals(1, producerPartitions.size(), "the ids should spread, or this test proves nothing");
        assertEquals(1, routed.size());
    }

    @Test
    void anArticleWithoutUrlStaysOnThePartitionItsIdChose() {
        IntStream.range(0, 20).mapToObj(i -> "article-" + i).forEach(id ->
                assertEquals(BuiltInPartitioner.partitionForKey(id.getBytes(), PARTITIONS), partition(id, article(id, null))));
    }

    @Test
    void aRecordWithNeitherUrlNorKeyIsLeftToStreams() {
        assertEquals(Optional.empty(), partitioner.partitions("t", null, null, PARTITIONS));
    }

    private int partition(String key, Article article) {
        return partitioner.partitions("t", key, article, PARTITIONS).orElseThrow().iterator().next();
    }

    private static Article article(String id, String url) {
        return Article.newBuilder().setId(id).setUrl(url).setTitle("t").setBody("b").setReceivedAt(Instant.EPOCH).build();
    }
}
