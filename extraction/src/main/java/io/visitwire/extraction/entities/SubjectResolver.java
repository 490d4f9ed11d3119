package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who does what a verb says, without coreference: the verb's subject when it names an entity,
 * else a cheap antecedent rule for pronouns ("he" → the most recent person acting as a subject),
 * title nouns ("the minister" → the latest person whose title has that word), groups ("they", "both
 * sides" → the article's first acting person) and first-person quotes (→ the speaker of "X said").
 */
public final class SubjectResolver {

    private static final Lexicon SINGULAR = Lexicon.of("third-person-singular-pronouns");
    private static final Lexicon GROUP = Lexicon.of("collective-subjects");
    private static final Lexicon FIRST_PERSON = Lexicon.of("first-person-pronouns");
    private static final Lexicon SPEECH = Lexicon.of("speech-verbs");

    private final ParsedText doc;
    private final EntityIndex index;
    private final String author;

    /**
     * @param author the person a first-person text without quotes speaks for (named in the title of
     *               a statement), or null
     */
    public SubjectResolver(ParsedText doc, EntityIndex index, String author) {
        this.doc = doc;
        this.index = index;
        this.author = author;
    }

    /** The subject tokens of {@code verb}: nsubj/nsubj:pass, climbing through xcomp/conj/aux heads. */
    public static List<Integer> subjects(Sentence s, int verb) {
        int v = verb;
        for (int hop = 0; hop < 4 && v >= 0; hop++) {
            List<Integer> out = new ArrayList<>();
            for (Dependency d : s.children(v, "nsubj")) {
                out.add(d.dependent());
            }
            if (!out.isEmpty()) {
                return out;
            }
            int up = -1;
            for (Dependency d : s.heads(v)) {
                if (d.relation().startsWith("xcomp") || d.relation().startsWith("conj") || d.relation().startsWith("advcl")
                        || d.relation().startsWith("acl")) {
                    up = d.governor();
                    break;
                }
            }
            v = up;
        }
        return List.of();
    }

    /** The entity acting as the subject of {@code verb} in sentence {@code s}. */
    public Optional<CanonicalEntity> subjectOf(Sentence s, int verb) {
        List<Integer> subj = subjects(s, verb);
        if (subj.isEmpty()) {
            return Optional.empty();
        }
        return resolveToken(s, subj.get(0));
    }

    /** Entity types of a country or body written before a title holder's name (the body may be no entity of its own). */
    private static final Set<String> NAMED_BODY = Set.of("ORGANIZATION", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY");

    /** Resolves the noun or pronoun at {@code tok} to an entity. */
    public Optional<CanonicalEntity> resolveToken(Sentence s, int tok) {
        Optional<CanonicalEntity> direct = index.at(s.index(), tok);
        if (direct.isPresent()) {
            return direct;
        }
        // A title noun heading the name ("Adviser ... Jane Doe" parsed with the name as a dependent).
        for (Dependency d : s.children(tok, null)) {
            if (d.relation().equals("appos") || d.relation().startsWith("compound") || d.relation().equals("flat")
                    || d.relation().startsWith("conj")) {
                Optional<CanonicalEntity> e = index.at(s.index(), d.dependent());
                if (e.isPresent() && e.get().type() == EntityType.PERSON) {
                    return e;
                }
            }
            if (d.relation().equals("dep") && d.dependent() > tok) {
                // "Her deputy Tom Rivers held ...", parsed with the name a loose dependent: the name right after
                Optional<CanonicalEntity> e = index.at(s.index(), d.dependent());
                boolean adjacent = e.isPresent() && e.get().type() == EntityType.PERSON && index.at(s.index(), tok + 1)
                        .filter(x -> x == e.get()).isPresent();
                if (adjacent) {
                    return e;
                }
            }
        }
        // "President of Kazakhstan Nurlan Abenov", "President of the European Council Pedro Alves": the parser takes
        // the country or body with the name after it as one phrase of "of"; the person is the title's holder
        if ("TITLE".equals(s.tokens().get(tok).ner())) {
            for (Dependency d : s.children(tok, "nmod:of")) {
                Optional<CanonicalEntity> e = index.at(s.index(), d.dependent());
                boolean bodyBefore = s.children(d.dependent(), null).stream().anyMatch(c -> c.relation().startsWith("compound")
                        && c.dependent() < d.dependent() && NAMED_BODY.contains(s.tokens().get(c.dependent()).ner()));
                if (e.isPresent() && e.get().type() == EntityType.PERSON && bodyBefore) {
                    return e;
                }
            }
        }
        // "The President of France is in Russia", "the Egyptian president said": a title with a country is the
        // latest person holding that office for that country, not the country
        String titleCountry = titleCountry(s, tok);
        if (titleCountry != null) {
            // the holder the text says serves that country; else one it says serves no other ("the American general")
            String word = s.tokens().get(tok).lowerWord();
            Optional<CanonicalEntity> holder = latestWithTitleWord(s, tok, word, titleCountry, null);
            if (holder.isEmpty()) {
                holder = latestWithTitleWord(s, tok, word, null, titleCountry);
            }
            if (holder.isPresent()) {
                return holder;
            }
        }
        // A head noun whose modifiers name the entity ("Officials from Chile", "the French delegation").
        for (Dependency d : s.children(tok, null)) {
            if (d.relation().startsWith("nmod") || d.relation().equals("compound") || d.relation().equals("amod")) {
                Optional<CanonicalEntity> e = index.at(s.index(), d.dependent());
                if (e.isPresent() && e.get().type() != EntityType.PERSON) {
                    return e;
                }
            }
        }
        Token t = s.tokens().get(tok);
        String w = t.lowerWord();
        if (FIRST_PERSON.contains(w) || isFirstPersonPossessed(s, tok)) {
            Optional<CanonicalEntity> speaker = speaker(s);
            return speaker.isPresent() ? speaker : byName(author);
        }
        if (SINGULAR.contains(w)) {
            return latestSubjectPerson(s, tok);
        }
        if (titleCountry == null && ("TITLE".equals(t.ner()) || t.pos().startsWith("NN") && !GROUP.contains(w))) {
            Optional<CanonicalEntity> byTitle = latestWithTitleWord(s, tok, w);
            if (byTitle.isPresent()) {
                return byTitle;
            }
        }
        if (GROUP.contains(w) || GROUP.contains(t.lowerLemma())) {
            return protagonist();
        }
        return Optional.empty();
    }

    private boolean isFirstPersonPossessed(Sentence s, int tok) {
        for (Dependency d : s.children(tok, "nmod:poss")) {
            if (FIRST_PERSON.contains(s.tokens().get(d.dependent()).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** The person of the nearest "X said" in this or the previous sentence (quote attribution). */
    public Optional<CanonicalEntity> speaker(Sentence s) {
        for (int si = s.index(); si >= Math.max(0, s.index() - 2); si--) {
            Sentence cand = doc.sentences().get(si);
            for (Token t : cand.tokens()) {
                if (SPEECH.contains(t.lowerLemma()) && t.isVerb()) {
                    for (int sub : subjects(cand, t.index())) {
                        Token st = cand.tokens().get(sub);
                        if (FIRST_PERSON.contains(st.lowerWord())) {
                            continue;
                        }
                        Optional<CanonicalEntity> e = si == s.index() && sub == t.index() ? Optional.empty()
                                : resolveNonFirst(cand, sub);
                        if (e.isPresent() && e.get().type() == EntityType.PERSON) {
                            return e;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<CanonicalEntity> resolveNonFirst(Sentence s, int tok) {
        String w = s.tokens().get(tok).lowerWord();
        return FIRST_PERSON.contains(w) ? Optional.empty() : resolveToken(s, tok);
    }

    /** Most recent person before the given position that acts as a subject; else the most recent person. */
    private Optional<CanonicalEntity> latestSubjectPerson(Sentence s, int tok) {
        CanonicalEntity fallback = null;
        for (int si = s.index(); si >= Math.max(0, s.index() - 3); si--) {
            Sentence cand = doc.sentences().get(si);
            List<Map.Entry<EntityMention, CanonicalEntity>> ms = new ArrayList<>(index.mentionsIn(si));
            java.util.Collections.reverse(ms);
            for (var m : ms) {
                if (m.getValue().type() != EntityType.PERSON || si == s.index() && m.getKey().tokenStart() >= tok) {
                    continue;
                }
                if (fallback == null) {
                    fallback = m.getValue();
                }
                if (isSubject(cand, m.getKey())) {
                    return Optional.of(m.getValue());
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static boolean isSubject(Sentence s, EntityMention m) {
        for (int t = m.tokenStart(); t < m.tokenEnd(); t++) {
            for (Dependency d : s.heads(t)) {
                if (d.relation().startsWith("nsubj")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The country a title noun is written with: "the President of France", "the Egyptian president" stand for the
     * latest person before them whose title has the word and who serves that country, never one of another
     * country; null when the title names no country.
     */
    private String titleCountry(Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        if (!"TITLE".equals(t.ner()) || t.pos().endsWith("S")) {
            return null;
        }
        String country = null;
        for (Dependency d : s.children(tok, null)) {
            if (d.relation().equals("nmod:of") || d.relation().equals("amod") || d.relation().equals("compound")) {
                Optional<CanonicalEntity> e = index.at(s.index(), d.dependent());
                String ner = s.tokens().get(d.dependent()).ner();
                if (e.isPresent() && e.get().type() == EntityType.LOCATION && e.get().country() != null
                        && ("COUNTRY".equals(ner) || "NATIONALITY".equals(ner))) {
                    country = e.get().country();
                } else if (e.isEmpty() && d.relation().equals("amod")) {
                    country = Gazetteer.standard().countryByDemonym(s.tokens().get(d.dependent()).word()).orElse(country);
                }
            }
        }
        return country;
    }

    private Optional<CanonicalEntity> latestWithTitleWord(Sentence s, int tok, String word) {
        return latestWithTitleWord(s, tok, word, null, null);
    }

    /**
     * As above, among the persons the text says serve {@code country} (null: any), and never one the text says serves
     * another country than {@code foreignTo} (null: no such bound).
     */
    private Optional<CanonicalEntity> latestWithTitleWord(Sentence s, int tok, String word, String country, String foreignTo) {
        CanonicalEntity best = null;
        int bestPos = -1;
        Pattern asWord = Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE);
        Pattern beforeName = Pattern.compile("\\b" + Pattern.quote(word) + "\\.?\\s+$", Pattern.CASE_INSENSITIVE);
        for (CanonicalEntity p : index.persons()) {
            if (country != null && !(country.equals(p.country()) && p.countryExplicit())
                    || country == null && foreignTo != null && p.countryExplicit() && !foreignTo.equals(p.country())
                    || !titledAs(p, word, asWord, beforeName)) {
                continue;
            }
            for (EntityMention m : p.mentions()) {
                int pos = m.begin();
                if (pos < s.tokens().get(tok).begin() && pos > bestPos) {
                    best = p;
                    bestPos = pos;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether {@code word} ("general") names the person's office: in the canonical title, or written right
     * before one of the names ("General Peter Hale" keeps "General" even when the title became "commander").
     * {@code asWord} and {@code beforeName} are the two patterns of {@code word}, compiled once per lookup.
     */
    private boolean titledAs(CanonicalEntity p, String word, Pattern asWord, Pattern beforeName) {
        if (p.title() != null && asWord.matcher(p.title()).find()) {
            return true;
        }
        for (EntityMention m : p.mentions()) {
            String before = doc.text().substring(Math.max(0, m.begin() - word.length() - 3), m.begin());
            if (beforeName.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first person in the article who acts (is a subject of a verb that is not reporting speech). */
    public Optional<CanonicalEntity> protagonist() {
        Optional<CanonicalEntity> actor = firstActorBefore(doc.sentences().size());
        if (actor.isPresent()) {
            return actor;
        }
        List<CanonicalEntity> ps = index.persons();
        return ps.isEmpty() ? byName(author) : Optional.of(ps.get(0));
    }

    /** The first person who acts, as {@link #protagonist()} reads acting, in the sentences before {@code upTo}. */
    public Optional<CanonicalEntity> firstActorBefore(int upTo) {
        for (Sentence s : doc.sentences().subList(0, Math.min(upTo, doc.sentences().size()))) {
            for (var m : index.mentionsIn(s.index())) {
                if (m.getValue().type() != EntityType.PERSON) {
                    continue;
                }
                for (int t = m.getKey().tokenStart(); t < m.getKey().tokenEnd(); t++) {
                    for (Dependency d : s.heads(t)) {
                        if (d.relation().startsWith("nsubj") && d.governor() >= 0
                                && !SPEECH.contains(s.tokens().get(d.governor()).lowerLemma())) {
                            return Optional.of(m.getValue());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<CanonicalEntity> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (CanonicalEntity p : index.persons()) {
            if (PersonNames.compatible(p.name(), name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
