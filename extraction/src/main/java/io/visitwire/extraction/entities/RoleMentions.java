package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Role mentions: an office written with its country and no name ("The President of Kazakhstan thanked his
 * host", "the Kazakh President said", "Kenya's president told reporters") refers back to a person the article
 * has named, and states that person's country. "Vladimir Sokolov held talks with Nurlan Abenov. The Kazakh
 * President said ..." gives Abenov KZ, from the text, where nothing next to his name does. The person is the
 * one last named before the role mention among those whose country the text has not stated, and whose office, if
 * any, is the role's; none when someone named before is stated to be of the role's country (they are its referent). Only a role that is
 * its sentence's subject counts ("He met the President of Kazakhstan" names someone else). An office alone ("The
 * President instructed the Government") refers to the publisher's own officeholder, named before without an
 * office at the head of a sentence (a Kremlin release's "Vladimir Sokolov held talks"), and gives only the
 * office: the country then follows from it as for any office. Stateless; thread-safe.
 */
final class RoleMentions {

    private static final Lexicon OFFICES = Lexicon.of("role-mention-offices");

    /** A role mention: the office as written, its country, and where it is. */
    record Role(String office, String country, int sentence, int token) {
    }

    private final Gazetteer gazetteer;

    RoleMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * For each person whose country no mention states, the role mention that refers to them, if any.
     *
     * @param stated the country each person's own mentions state (null when none)
     */
    Map<CanonicalEntity, Role> resolve(List<CanonicalEntity> persons, Map<CanonicalEntity, String> stated,
                                       ParsedText doc, String home) {
        Map<CanonicalEntity, Role> out = new java.util.LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Role r = roleAt(s, i);
                if (r == null) {
                    continue;
                }
                // an office alone ("The President said") is the publisher's own officeholder: only in a text whose
                // government has that office (not "The President" on GOV.UK), never in a wire story
                boolean bare = r.country() == null;
                if (bare && (home == null || gazetteer.officeAbroad(home, r.office())
                        || r.office().toLowerCase(Locale.ROOT).endsWith(" minister") && !r.office().equalsIgnoreCase("prime minister")
                        || r.office().equalsIgnoreCase("minister"))) {
                    continue;
                }
                long here = (long) r.sentence() * 10_000 + r.token();
                CanonicalEntity last = null;
                long lastAt = -1;
                for (CanonicalEntity p : persons) {
                    String own = stated.get(p);
                    if (own != null && !own.equals(r.country()) || !compatibleOffice(p.title(), r.office())
                            || bare && !untitledSubject(p)) {
                        continue;
                    }
                    for (EntityMention m : p.mentions()) {
                        long at = (long) m.sentence() * 10_000 + m.tokenStart();
                        if (at < here && at > lastAt) {
                            lastAt = at;
                            last = p;
                        }
                    }
                }
                // a person already stated to be of the role's country, named before it, is its referent: "Nasser of
                // Egypt met Sokolov. The Egyptian president ..." says nothing of Sokolov
                boolean statedHolderBefore = r.country() != null && persons.stream().anyMatch(p ->
                        r.country().equals(stated.get(p)) && compatibleOffice(p.title(), r.office())
                                && p.mentions().stream().anyMatch(m -> (long) m.sentence() * 10_000 + m.tokenStart() < here));
                if (last != null && stated.get(last) == null && !statedHolderBefore && !out.containsKey(last)) {
                    out.put(last, r);
                }
            }
        }
        return out;
    }

    /**
     * "Vladimir Sokolov held talks with ...": the way a release names its own principal, with no office, opening a
     * sentence. Only such a person is the one an office alone refers back to ("Assad's regime ... The Prime
     * Minister said" is not Assad).
     */
    private static boolean untitledSubject(CanonicalEntity p) {
        return p.title() == null && p.mentions().stream().anyMatch(m -> m.tokenStart() == 0);
    }

    private static boolean compatibleOffice(String title, String office) {
        if (title == null) {
            return true;
        }
        String t = title.toLowerCase(Locale.ROOT);
        String head = office.toLowerCase(Locale.ROOT);
        head = head.substring(head.lastIndexOf(' ') + 1);
        return head.equals("leader") || t.contains(head); // "the Kazakh leader" may be any office's holder
    }

    /**
     * The role mention starting at token {@code i}: "the [visiting] Kazakh President", "the President of
     * Kazakhstan", "Kenya's president", not followed by a name (then it is that name's title).
     */
    private Role roleAt(Sentence s, int i) {
        Role r = phraseAt(s, i);
        return r != null && subject(s.tokens(), i, r) ? r : null;
    }

    /**
     * A role mention the sentence is about, its subject: no verb or preposition right before it ("He met the
     * President of Kazakhstan" names the host, not a person named before), a verb right after it ("The Kazakh
     * President said", "the President of Kazakhstan thanked").
     */
    private boolean subject(List<Token> toks, int i, Role r) {
        int start = i;
        if (start > 0 && (toks.get(start - 1).word().equals("'s") || toks.get(start - 1).word().equals("’s"))) {
            return false;
        }
        if (start > 0) {
            String pos = toks.get(start - 1).pos();
            if (pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO")) {
                return false;
            }
        }
        int end = i;
        String[] words = r.office().split(" ");
        while (end < toks.size() && !toks.get(end).word().equals(words[words.length - 1])) {
            end++;
        }
        end++;
        if (end + 1 < toks.size() && toks.get(end).lowerWord().equals("of")) {
            end += toks.get(end + 1).lowerWord().equals("the") ? 2 : 1;
            end = skipCountry(toks, end);
        }
        if (end < toks.size() && toks.get(end).word().equals(",")) {
            return true; // "The Kazakh President, who arrived on Monday, said"
        }
        return end < toks.size() && (toks.get(end).pos().startsWith("VB") || toks.get(end).pos().equals("MD")
                || toks.get(end).pos().startsWith("RB"));
    }

    private Role phraseAt(Sentence s, int i) {
        List<Token> toks = s.tokens();
        Token t = toks.get(i);
        int j;
        String country;
        if (t.lowerWord().equals("the")) {
            j = i + 1;
            if (j < toks.size() && toks.get(j).lowerWord().equals("visiting")) {
                j++;
            }
            country = countryAt(toks, j, true);
            if (country != null) {
                j = skipCountry(toks, j);
                int end = officeEnd(toks, j);
                return end < 0 || followedByName(toks, end) ? null
                        : new Role(words(toks, j, end), country, s.index(), i);
            }
            int end = officeEnd(toks, j);
            if (end < 0 || !toks.get(j).isCapitalized()) {
                return null;
            }
            if (end < toks.size() && !toks.get(end).lowerWord().equals("of")) {
                // "The President had a telephone conversation with ...": the office alone, no country
                return followedByName(toks, end) ? null : new Role(words(toks, j, end), null, s.index(), i);
            }
            if (end + 1 >= toks.size()) {
                return null;
            }
            int c = toks.get(end + 1).lowerWord().equals("the") ? end + 2 : end + 1;
            country = countryAt(toks, c, false);
            if (country == null) {
                return null;
            }
            int after = skipCountry(toks, c);
            return followedByName(toks, after) ? null : new Role(words(toks, j, end), country, s.index(), i);
        }
        if (i + 1 < toks.size() && (toks.get(i + 1).word().equals("'s") || toks.get(i + 1).word().equals("’s"))) {
            Optional<String> c = i >= 1 ? gazetteer.countryByName(toks.get(i - 1).word() + " " + t.word())
                    : Optional.empty();
            if (c.isEmpty()) {
                c = gazetteer.countryByName(t.word());
            }
            if (c.isEmpty()) {
                return null;
            }
            int end = officeEnd(toks, i + 2);
            return end < 0 || followedByName(toks, end) ? null
                    : new Role(words(toks, i + 2, end), c.get(), s.index(), i);
        }
        return null;
    }

    /** The country named (or, with {@code demonym}, adjectived) by one or two tokens at {@code k}, or null. */
    private String countryAt(List<Token> toks, int k, boolean demonym) {
        if (k >= toks.size() || !toks.get(k).isCapitalized()) {
            return null;
        }
        if (k + 1 < toks.size()) {
            String two = toks.get(k).word() + " " + toks.get(k + 1).word();
            Optional<String> c = demonym ? gazetteer.countryOfAny(two) : gazetteer.countryByName(two);
            if (c.isPresent()) {
                return c.get();
            }
        }
        Optional<String> c = demonym ? gazetteer.countryByDemonym(toks.get(k).word())
                : gazetteer.countryByName(toks.get(k).word());
        return c.orElse(null);
    }

    private int skipCountry(List<Token> toks, int k) {
        if (k + 1 < toks.size() && gazetteer.countryOfAny(toks.get(k).word() + " " + toks.get(k + 1).word()).isPresent()) {
            return k + 2;
        }
        return k + 1;
    }

    /** The end of a listed office of one or two words at {@code k} ("President", "Prime Minister", "foreign minister"), or -1. */
    private static int officeEnd(List<Token> toks, int k) {
        for (int n = 3; n >= 1; n--) {
            if (k + n > toks.size()) {
                continue;
            }
            String last = toks.get(k + n - 1).lowerWord();
            String two = n >= 2 ? toks.get(k + n - 2).lowerWord() + " " + last : null;
            if (OFFICES.contains(last) || two != null && OFFICES.contains(two)) {
                // "Foreign Minister", "Defence Minister": a portfolio word may come before the head
                boolean plain = true;
                for (int q = k; q < k + n - 1; q++) {
                    Token w = toks.get(q);
                    plain &= w.pos().startsWith("NN") || w.pos().startsWith("JJ");
                }
                if (plain) {
                    return k + n;
                }
            }
        }
        return -1;
    }

    /** "the Kazakh President Nurlan Abenov", "the Kazakh President, Nurlan Abenov,": a name follows, the office is its title. */
    private static boolean followedByName(List<Token> toks, int end) {
        int k = end;
        if (k < toks.size() && toks.get(k).word().equals(",")) {
            k++;
        }
        return k < toks.size() && ("PERSON".equals(toks.get(k).ner()) || toks.get(k).isCapitalized()
                && toks.get(k).pos().startsWith("NNP"));
    }

    private static String words(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(toks.get(k).word());
        }
        return sb.toString();
    }
}
