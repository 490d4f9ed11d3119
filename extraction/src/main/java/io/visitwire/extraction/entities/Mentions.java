package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which repaired spans are entity mentions, and of what type: pronouns, parts of an office's name,
 * bodies named only as an office's portfolio, documents, places that name an event or agreement,
 * operations, news agencies and attributive abbreviations are not; a building that is also an institution is a place or
 * an actor by the words before it. Stateless; thread-safe.
 */
final class Mentions {

    private static final Lexicon PRONOUNS = Lexicon.of("personal-pronouns");
    private static final Lexicon LOCATIVE = Lexicon.of("locative-prepositions");
    private static final Lexicon MOVEMENT = Lexicon.of("place-object-verbs");
    /** Documents and programs the tagger takes for organizations ("Framework for Security", "Paris Agreement"). */
    private static final Lexicon DOCUMENT_HEADS = Lexicon.of("document-heads");
    /** Military formations a commander's title names; they stay entities inside the title. */
    private static final Lexicon UNIT_HEADS = Lexicon.of("military-unit-heads");
    static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z.&-]{1,9}");
    /** Wire services and news agencies: the source or publisher of the story, never annotated. */
    private static final Lexicon NEWS_AGENCIES = Lexicon.of("news-agencies");
    /** "summit", "agreements", "conference": the name before them names an event or a document. */
    private static final Lexicon EVENT_HEADS = Lexicon.of("event-heads");
    /** "Operation", "Exercise": the capitalized name they open is an operation's. */
    private static final Lexicon EVENT_LEADS = Lexicon.of("named-event-leads");
    /** "Sheikh", "Prince", "Emir": alone they name no one. */
    static final Lexicon HONORIFICS = Lexicon.of("honorifics");
    private static final Lexicon NAME_PARTICLES = Lexicon.of("name-particles");
    /** "Reporting by", "Editing by": the story's own staff follow. */
    private static final Lexicon CREDIT_WORDS = Lexicon.of("credit-words");
    /** "of", "for": what ties an office to the body it serves in ("Chairman of the Joint Chiefs of Staff"). */
    private static final Lexicon TITLE_PREPOSITIONS = Lexicon.of("title-prepositions");

    private static final Lexicon GENERIC_WORDS = Lexicon.of("generic-name-words");
    private static final Lexicon NATIONAL_BODIES = Lexicon.of("national-bodies");

    private final Gazetteer gazetteer;

    Mentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Candidate candidate(Sentence s, NerSpan sp, String body) {
        List<Token> toks = s.tokens();
        if (sp.type() != null && !sp.isPersonType()
                && (newsAgency(sp) || namesAnEvent(toks, sp) || !sp.isPlaceType() && placeNamedEvent(toks, sp))) {
            return null;
        }
        if (sp.type() != null && !sp.isPersonType() && genericWordsOnly(toks, sp)) {
            return null;
        }
        switch (sp.type()) {
            case "PERSON" -> {
                Token first = toks.get(sp.tokenStart());
                if (sp.tokenEnd() - sp.tokenStart() == 1
                        && (PRONOUNS.contains(first.lowerWord()) || first.pos().startsWith("PRP"))) {
                    return null;
                }
                boolean particleFirst = NAME_PARTICLES.contains(first.word()) && sp.tokenEnd() - sp.tokenStart() > 1
                        && toks.get(sp.tokenStart() + 1).isCapitalized(); // "bin Nasser", "van der Berg"
                if (!first.isCapitalized() && !particleFirst) {
                    return null;
                }
                if (sp.tokenEnd() - sp.tokenStart() == 1 && HONORIFICS.contains(first.lowerWord().replace(".", ""))
                        || newsAgency(sp) || credited(toks, sp)) {
                    return null; // "thanked the Amir", "(Yonhap)" taken for a name, "(Reporting by X)"
                }
                return new Candidate(EntityType.PERSON, null, s, sp, body);
            }
            case "ORGANIZATION" -> {
                if (opensDateline(toks, sp) && gazetteer.countryOf(sp.text()).isPresent()) {
                    return new Candidate(EntityType.LOCATION, "CITY", s, sp, body); // "KYIV, July 15 (Reuters) -"
                }
                if (gazetteer.countryByPlace(sp.text()).isPresent()) {
                    return buildingOrInstitution(s, sp, body);
                }
                if (gazetteer.countryByName(sp.text()).isPresent()) {
                    // "ROK", "DPRK", "the Republic of Korea": a country's name or short form is the country
                    return attributiveAbbreviation(toks, sp) ? null
                            : new Candidate(EntityType.LOCATION, "COUNTRY", s, sp, body);
                }
                if (notAnOrganization(toks, sp)) {
                    return null;
                }
                return new Candidate(EntityType.ORGANIZATION, null, s, sp, body);
            }
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> {
                if (attributiveAbbreviation(toks, sp)) {
                    return null;
                }
                if (gazetteer.organization(sp.text()).isPresent() && gazetteer.countryByPlace(sp.text()).isPresent()) {
                    return buildingOrInstitution(s, sp, body);
                }
                return new Candidate(EntityType.LOCATION, sp.type(), s, sp, body);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * "the Alliance", "Republic", "Forces", "Command Post exercises": capitalized common nouns name nothing
     * ({@code generic-name-words}; not "the Commission", which in an EU text names one body). National bodies ("the Senate", "the Armed Forces") and listed organizations and places are names.
     */
    private boolean genericWordsOnly(List<Token> toks, NerSpan sp) {
        for (int i = sp.tokenStart(); i < sp.tokenEnd(); i++) {
            String w = toks.get(i).lowerWord();
            if (!(w.equals("the") || GENERIC_WORDS.contains(w))) {
                return false;
            }
        }
        String k = Gazetteer.key(sp.text()).replaceFirst("^the ", "");
        return !NATIONAL_BODIES.contains(k) && gazetteer.organization(sp.text()).isEmpty()
                && gazetteer.countryOf(sp.text()).isEmpty();
    }

    /**
     * "the White House", "the Pentagon", "the Kremlin" name both a building and the institution in it. After
     * a locative preposition or a verb of movement ("met at the White House", "arrived at the Pentagon",
     * "visited the Kremlin") the text is about the place, so it is a LOCATION; as an actor ("the White House
     * said", "a Pentagon spokesman") it is the ORGANIZATION. Part of an office's name ("White House Press
     * Secretary") it is neither.
     */
    private Candidate buildingOrInstitution(Sentence s, NerSpan sp, String body) {
        List<Token> toks = s.tokens();
        if (gluedToTitle(toks, sp)) {
            return null;
        }
        int k = sp.tokenStart() - 1;
        if (k >= 0 && toks.get(k).lowerWord().equals("the")) {
            k--;
        }
        boolean place = k >= 0 && (LOCATIVE.contains(toks.get(k).lowerWord())
                || toks.get(k).isVerb() && MOVEMENT.contains(toks.get(k).lowerLemma()));
        return place ? new Candidate(EntityType.LOCATION, "FACILITY", s, sp, body)
                : new Candidate(EntityType.ORGANIZATION, null, s, sp, body);
    }

    /**
     * Spans tagged ORGANIZATION that are not one: part of an office's name ("Pentagon Press Secretary",
     * "Central Bank President" - the office is the person's title, not a separate actor; military units
     * and acronyms excepted), a document or program ("Framework for Security, Public Health, and Safe
     * Communities" - including the list that continues its name), and "the X Administration" (a
     * government named after its leader, annotated as that country's government or not at all).
     */
    private boolean notAnOrganization(List<Token> toks, NerSpan sp) {
        String head = toks.get(sp.tokenEnd() - 1).lowerWord();
        if (gluedToTitle(toks, sp) && !militaryUnit(sp, head)) { // "U.N. Secretary-General", "NATO Secretary General"
            return true;
        }
        if (insideTitle(toks, sp) && !militaryUnit(sp, head)) {
            return true;
        }
        if (DOCUMENT_HEADS.contains(head) || containsDocumentHeadBeforeFor(toks, sp)) {
            return true;
        }
        if (continuesDocumentName(toks, sp) && gazetteer.organization(sp.text()).isEmpty()) {
            return true; // a listed body after "and" is a name of its own, not the document's list
        }
        return head.equals("administration") && sp.tokenEnd() - sp.tokenStart() == 2
                && toks.get(sp.tokenStart()).pos().startsWith("NNP");
    }

    /**
     * A military formation, which stays an entity inside its commander's title: its head word ("Southern
     * Command", "Barkhane Force") or a combatant command's acronym ("USAFRICOM", "CENTCOM").
     */
    private static boolean militaryUnit(NerSpan sp, String head) {
        return UNIT_HEADS.contains(head) || ACRONYM.matcher(sp.text()).matches() && sp.text().endsWith("COM");
    }

    private static boolean containsDocumentHeadBeforeFor(List<Token> toks, NerSpan sp) {
        for (int i = sp.tokenStart(); i + 1 < sp.tokenEnd(); i++) {
            if (DOCUMENT_HEADS.contains(toks.get(i).lowerWord()) && toks.get(i + 1).lowerWord().equals("for")) {
                return true;
            }
        }
        return false;
    }

    /** "..., Public Health, and Safe Communities" after "Framework for Security": the list is the name's. */
    private static boolean continuesDocumentName(List<Token> toks, NerSpan sp) {
        int i = sp.tokenStart() - 1;
        while (i >= 0 && (toks.get(i).word().equals(",") || toks.get(i).lowerWord().equals("and")
                || toks.get(i).isCapitalized())) {
            if (toks.get(i).lowerWord().equals("for") ) {
                break;
            }
            i--;
        }
        if (i < 1 || !toks.get(i).lowerWord().equals("for")) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (DOCUMENT_HEADS.contains(toks.get(k).lowerWord())) {
                return sp.tokenStart() > i + 1 && toks.get(sp.tokenStart() - 1).word().equals(",")
                        || toks.get(sp.tokenStart() - 1).lowerWord().equals("and");
            }
            if (!toks.get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "(Reporting by X; Editing by Y and Z)", "By X" opening the story: the writers and editors of the story,
     * part of the publisher, not of the news.
     */
    private static boolean credited(List<Token> toks, NerSpan sp) {
        if (sp.begin() < 4 && sp.tokenStart() == 1 && toks.get(0).word().equals("By")) {
            return true;
        }
        for (int i = sp.tokenStart() - 1; i >= 1 && i >= sp.tokenStart() - 12; i--) {
            String w = toks.get(i).word();
            if (w.equals(")") || w.equals(".")) {
                return false;
            }
            if (toks.get(i).lowerWord().equals("by") && CREDIT_WORDS.contains(toks.get(i - 1).lowerWord())) {
                return true;
            }
        }
        return false;
    }

    /** The upper-case place a news story opens with, before a comma or "(Agency)": its dateline. */
    static boolean opensDateline(List<Token> toks, NerSpan sp) {
        return sp.begin() < 3 && sp.tokenEnd() < toks.size()
                && (toks.get(sp.tokenEnd()).word().equals(",") || toks.get(sp.tokenEnd()).word().equals("("))
                && sp.text().equals(sp.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** "Reuters", "(Yonhap)", "the Vietnam News Agency": a news agency, the story's source or publisher. */
    private static boolean newsAgency(NerSpan sp) {
        String k = Gazetteer.key(sp.text());
        return NEWS_AGENCIES.contains(k) || k.endsWith(" news agency") || k.endsWith(" press agency");
    }

    /**
     * Names of events, agreements and operations, which are not annotated, and the places they are named
     * after: "the Minsk agreements", "the Vilnius summit", "the Munich Security Conference" (the head noun
     * follows the place), "Operation Atlantic Shield" (the span opens with, or follows, "Operation"). A
     * body that names a summit is still that body ("the G7 Summit").
     */
    static boolean namesAnEvent(List<Token> toks, NerSpan sp) {
        boolean pairedByHyphen = sp.tokenStart() > 0 && toks.get(sp.tokenStart() - 1).word().equals("-")
                || sp.text().contains("-") || sp.tokenStart() > 0 && toks.get(sp.tokenStart() - 1).word().endsWith("-");
        // a body keeps its mention ("the G7 Summit" names the G7); a place only names the event there
        if (sp.tokenEnd() < toks.size() && !pairedByHyphen && sp.isPlaceType()) {
            Token next = toks.get(sp.tokenEnd());
            if (EVENT_HEADS.contains(next.lowerWord()) && !next.pos().startsWith("V")) {
                return true;
            }
        }
        if (sp.isPlaceType() && eventOfPlace(toks, sp.tokenStart())) {
            return true;
        }
        Token first = toks.get(sp.tokenStart());
        if (first.isCapitalized() && EVENT_LEADS.contains(first.lowerWord()) && sp.tokenEnd() - sp.tokenStart() > 1) {
            return true;
        }
        if (sp.tokenStart() > 0) {
            Token before = toks.get(sp.tokenStart() - 1);
            return before.isCapitalized() && EVENT_LEADS.contains(before.lowerWord()) && before.pos().startsWith("NNP");
        }
        return false;
    }

    /**
     * "the Summit of the Americas", "the Treaty of Versailles", "the Declaration of Lisbon": a place
     * after a capitalized event or document word and "of" is part of the event's name.
     */
    private static boolean eventOfPlace(List<Token> toks, int start) {
        int k = start - 1;
        if (k >= 0 && toks.get(k).lowerWord().equals("the")) {
            k--;
        }
        if (k < 1 || !toks.get(k).lowerWord().equals("of")) {
            return false;
        }
        Token head = toks.get(k - 1);
        return head.isCapitalized() && EVENT_HEADS.contains(head.lowerWord());
    }

    /**
     * "the Munich Security Conference", "the St Petersburg International Economic Forum": a name that opens
     * with a listed place and ends in an event word names an event held there, not a body (a listed
     * organization excepted).
     */
    private boolean placeNamedEvent(List<Token> toks, NerSpan sp) {
        if (sp.tokenEnd() - sp.tokenStart() < 2 || !EVENT_HEADS.contains(toks.get(sp.tokenEnd() - 1).lowerWord())
                || gazetteer.organization(sp.text()).isPresent()) {
            return false;
        }
        String one = toks.get(sp.tokenStart()).word();
        String two = sp.tokenEnd() - sp.tokenStart() > 2 ? one + " " + toks.get(sp.tokenStart() + 1).word() : null;
        return gazetteer.countryByPlace(one).isPresent() || two != null && gazetteer.countryByPlace(two).isPresent();
    }

    /**
     * "Secretary of Health and Human Services X", "Chairman of the Joint Chiefs of Staff", "President of the
     * European Commission": a body named as the portfolio of an office is part of the person's title, and
     * ANNOTATION.md leaves out organizations that occur only there (a mention elsewhere makes it an entity).
     */
    private static boolean insideTitle(List<Token> toks, NerSpan sp) {
        int k = sp.tokenStart() - 1;
        if (k >= 0 && ("NATIONALITY".equals(toks.get(k).ner()) || "COUNTRY".equals(toks.get(k).ner()))) {
            k--; // "Director of the Egyptian Customs Authority"
        }
        if (k >= 0 && toks.get(k).lowerWord().equals("the")) {
            k--;
        }
        if (k < 1 || !TITLE_PREPOSITIONS.contains(toks.get(k).lowerWord()) || toks.get(k).lowerWord().equals("to")) {
            return false;
        }
        Token office = toks.get(k - 1);
        return office.isCapitalized() && ("TITLE".equals(office.ner()) || TitleParser.OFFICE_HEADS.contains(office.lowerWord()));
    }

    /**
     * "Kremlin Press Secretary X", "White House Homeland Security Advisor X", "the Commission president": the
     * organization is part of the office's name when an office word, or capitalized words up to one, follow it.
     */
    private static boolean gluedToTitle(List<Token> toks, NerSpan sp) {
        if (sp.tokenEnd() < toks.size() && toks.get(sp.tokenEnd()).pos().startsWith("NN")
                && TitleParser.OFFICE_HEADS.contains(toks.get(sp.tokenEnd()).lowerWord())) {
            return true; // "the European Commission president", "Kremlin spokesman X"
        }
        for (int i = sp.tokenEnd(); i < toks.size() && i < sp.tokenEnd() + 5; i++) {
            Token t = toks.get(i);
            if ("TITLE".equals(t.ner()) || t.isCapitalized() && TitleParser.OFFICE_HEADS.contains(t.lowerWord())) {
                return true;
            }
            if (!t.isCapitalized() || "PERSON".equals(t.ner()) || !t.pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "U.K. troops", "U.K.-EU accord", "U.S. and coalition troops", "the U.S. extended deterrent": an
     * abbreviated country used as a modifier is not a reference to the place (the gold standard and
     * readers treat it as an adjective).
     */
    static boolean attributiveAbbreviation(List<Token> toks, NerSpan sp) {
        String t = sp.text();
        if (t.contains("-") && t.chars().filter(Character::isUpperCase).count() >= 3 && !t.contains(" ")) {
            return true;
        }
        boolean abbreviated = t.contains(".") || ACRONYM.matcher(t).matches();
        if (!abbreviated || sp.tokenEnd() >= toks.size()) {
            return false;
        }
        Token next = toks.get(sp.tokenEnd());
        if (next.pos().startsWith("NN") || next.pos().startsWith("JJ") || next.word().startsWith("-")) {
            return true;
        }
        Token after = sp.tokenEnd() + 1 < toks.size() ? toks.get(sp.tokenEnd() + 1) : null;
        if (next.pos().equals("VBN") && after != null && after.pos().startsWith("NN")) {
            return true; // "the U.S. extended deterrent"
        }
        // "U.S. and coalition troops", "U.S. and Mexican officials"; not "the U.S. and Mexico"
        return next.pos().equals("CC") && after != null
                && (after.pos().startsWith("JJ") || after.pos().startsWith("NN") && !after.isCapitalized()
                        || "NATIONALITY".equals(after.ner()));
    }
}
