package io.visitwire.extraction.entities;

import io.visitwire.schemas.avro.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The canonical entities of one article, and which entity each mentioned token belongs to. */
public final class EntityIndex {

    private final List<CanonicalEntity> entities;
    private final Map<Long, CanonicalEntity> byToken = new HashMap<>();

    EntityIndex(List<CanonicalEntity> entities) {
        this.entities = List.copyOf(entities);
        for (CanonicalEntity e : entities) {
            for (EntityMention m : e.mentions()) {
                for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
                    byToken.put(key(m.sentence(), t), e);
                }
            }
        }
    }

    public List<CanonicalEntity> all() {
        return entities;
    }

    /** The entity mentioned at token {@code token} of sentence {@code sentence}. */
    public Optional<CanonicalEntity> at(int sentence, int token) {
        return Optional.ofNullable(byToken.get(key(sentence, token)));
    }

    /** Persons in order of first appearance. */
    public List<CanonicalEntity> persons() {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    /** Mentions of any entity inside sentence {@code sentence}, in text order. */
    public List<Map.Entry<EntityMention, CanonicalEntity>> mentionsIn(int sentence) {
        return entities.stream()
                .flatMap(e -> e.mentions().stream().filter(m -> m.sentence() == sentence).map(m -> Map.entry(m, e)))
                .sorted((a, b) -> Integer.compare(a.getKey().begin(), b.getKey().begin()))
                .toList();
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
