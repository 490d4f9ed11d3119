package io.visitwire.extraction.entities;

import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One real-world person, organization or place of an article with every mention of it.
 * Built (mutably) by {@link EntityExtractor}; read-only afterwards.
 */
public final class CanonicalEntity {

    private final EntityType type;
    private String id;
    private String subtype;
    private String name;
    private String country;
    private String title;
    private boolean countryExplicit;
    private final List<EntityMention> mentions = new ArrayList<>();

    CanonicalEntity(EntityType type, String subtype, String name) {
        this.type = type;
        this.subtype = subtype;
        this.name = name;
    }

    public String id() { return id; }
    public EntityType type() { return type; }
    public String subtype() { return subtype; }
    public String name() { return name; }
    public String country() { return country; }
    public String title() { return title; }
    public List<EntityMention> mentions() { return mentions; }
    /** False when a person's country is only the publisher's country, assumed for an unqualified office. */
    public boolean countryExplicit() { return countryExplicit; }
    void countryExplicit(boolean b) { this.countryExplicit = b; }

    void id(String id) { this.id = id; }
    void subtype(String s) { this.subtype = s; }
    void name(String n) { this.name = n; }
    void country(String c) { this.country = c; }
    void title(String t) { this.title = t; }

    void addMention(EntityMention m) {
        for (EntityMention e : mentions) {
            if (e.begin() < m.end() && m.begin() < e.end()) {
                return;
            }
        }
        mentions.add(m);
        mentions.sort(Comparator.comparingInt(EntityMention::begin));
    }

    /** First mention's body offset; orders entities by first appearance. */
    public int firstOffset() {
        return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.get(0).begin();
    }

    @Override
    public String toString() {
        return type + ":" + name + (country == null ? "" : "/" + country) + (title == null ? "" : "[" + title + "]");
    }
}
