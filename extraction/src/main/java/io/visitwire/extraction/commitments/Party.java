package io.visitwire.extraction.commitments;

import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.schemas.avro.EntityType;

/**
 * Who makes or receives a commitment: an entity of the article, or a country named only by its
 * demonym ("the Dutch" → Netherlands), which the entity index does not hold.
 */
public record Party(String name, EntityType type) {

    static Party of(CanonicalEntity e) {
        return new Party(e.name(), e.type());
    }
}
