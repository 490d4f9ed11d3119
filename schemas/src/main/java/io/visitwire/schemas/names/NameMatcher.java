package io.visitwire.schemas.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name rules of CONTRACT.md: when two names denote the same person, organization or
 * location. The rules are deliberately forgiving about form (case, accents, punctuation,
 * titles) and strict about identity (a different first name is a different person).
 */
public final class NameMatcher {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Dropped without a space so that "U.S." folds to "us" and "O'Neill" to "oneill". */
    private static final Pattern JOINING_PUNCTUATION = Pattern.compile("[.'’‘`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    /** Letters that Unicode decomposition leaves alone. */
    private static final Map<String, String> UNDECOMPOSABLE = Map.of(
            "ß", "ss", "æ", "ae", "ø", "o", "œ", "oe", "ł", "l", "đ", "d", "ı", "i", "þ", "th", "ð", "d");

    /**
     * Words that precede a person's name without being part of it: honorifics, ranks,
     * offices. Only a leading run of them is dropped, so that surnames such as King or
     * Major survive; leftovers of longer titles ("Secretary of State ...") are absorbed by
     * the given-name rule instead of by an ever-growing list.
     */
    private static final Set<String> TITLE_WORDS = Set.of(
            "mr", "mrs", "ms", "miss", "mister", "madam", "madame", "mme", "dr", "doctor", "prof", "professor",
            "sir", "dame", "lord", "lady", "hon", "honorable", "honourable", "rev", "reverend", "his", "her",
            "excellency", "majesty", "highness", "royal",
            "king", "queen", "prince", "princess", "crown", "emir", "amir", "sheikh", "sheik", "shaikh", "sultan",
            "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "undersecretary",
            "under", "deputy", "assistant", "acting", "former", "late", "ambassador", "envoy", "special",
            "governor", "gov", "mayor", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
            "speaker", "chairman", "chairwoman", "chair", "chief", "director", "commissioner", "attorney",
            "general", "gen", "lieutenant", "lt", "ltgen", "maj", "major", "colonel", "col", "ltcol",
            "captain", "capt", "cpt", "sergeant", "sgt", "corporal", "cpl", "admiral", "adm", "rear", "commander",
            "cmdr", "cdr", "brigadier", "brig", "marshal", "field", "air", "staff", "command", "master", "petty",
            "officer", "private", "pvt", "spc", "pfc", "army", "navy", "marine", "judge", "justice",
            "pope", "cardinal", "bishop", "archbishop", "father", "imam", "rabbi",
            "defense", "defence", "foreign", "interior", "state", "national", "security", "adviser", "advisor",
            "homeland", "us", "u", "s", "of", "the");

    /** Trailing generational and professional suffixes, never a surname on their own. */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "ret");

    private static final Set<String> ACRONYM_SKIPPED_WORDS = Set.of("of", "the", "and", "for", "&", "a", "an", "on", "in", "de", "la", "du", "des", "del");

    /**
     * Common English diminutives: "first names agree" should not fail on Jim Keller vs
     * James Keller, which any reader takes for the same man.
     */
    private static final Map<String, Set<String>> FORMAL_GIVEN_NAMES = formalGivenNames(
            "james:jim,jimmy,jamie", "michael:mike,mick", "robert:bob,bobby,rob,robby", "william:bill,billy,will,willy",
            "elizabeth:liz,beth,betsy,eliza", "charles:chuck,charlie", "joseph:joe,joey", "thomas:tom,tommy",
            "ashton:ash", "david:dave", "daniel:dan,danny", "anthony:tony", "christopher:chris", "patrick:pat",
            "nicholas:nick", "kenneth:ken", "edward:ed,ted,ned", "benjamin:ben", "samuel:sam", "alexander:alex",
            "andrew:andy,drew", "richard:rick,dick,rich", "lawrence:larry", "gerald:jerry", "donald:don",
            "ronald:ron", "matthew:matt", "gregory:greg", "jeffrey:jeff", "timothy:tim", "jennifer:jen,jenny",
            "susan:sue", "stephen:steve", "steven:steve", "katherine:kate,katie,kathy", "kathryn:kate,katie",
            "margaret:peggy,maggie", "victoria:vicky", "rebecca:becky", "deborah:debbie,deb", "frederick:fred",
            "albert:al", "leonard:leo,len", "philip:phil", "raymond:ray", "douglas:doug", "jonathan:jon",
            "nathaniel:nate,nat", "zachary:zach", "abraham:abe", "theodore:ted,teddy", "antony:tony");

    private NameMatcher() {
    }

    /** Case, diacritics and punctuation folded; a leading "the" dropped; null gives "". */
    public static String normalize(String name) {
        return String.join(" ", nameTokens(name));
    }

    /** {@link #normalize} plus the person-specific folding: titles and suffixes dropped. */
    public static String normalizePerson(String name) {
        return String.join(" ", personTokens(name));
    }

    /** Folded words of any text; shared with the eval scorer's evidence and action comparisons. */
    public static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = COMBINING_MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : UNDECOMPOSABLE.entrySet()) {
            folded = folded.replace(letter.getKey(), letter.getValue());
        }
        folded = JOINING_PUNCTUATION.matcher(folded).replaceAll("");
        folded = SEPARATORS.matcher(folded).replaceAll(" ").trim();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /**
     * Same surname, and the given names, where both names have any, agree: the first
     * given name of one agrees with a given name of the other. Looking beyond the first
     * given name lets "García Márquez" match "Gabriel José García Márquez" and absorbs
     * title leftovers such as "of State Hillary"; a different first name still fails.
     */
    public static boolean personsMatch(String a, String b) {
        List<String> left = personTokens(a);
        List<String> right = personTokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        if (!left.get(left.size() - 1).equals(right.get(right.size() - 1))) {
            return false;
        }
        List<String> leftGiven = left.subList(0, left.size() - 1);
        List<String> rightGiven = right.subList(0, right.size() - 1);
        if (leftGiven.isEmpty() || rightGiven.isEmpty()) {
            return true;
        }
        return firstGivenFoundIn(leftGiven, rightGiven) || firstGivenFoundIn(rightGiven, leftGiven);
    }

    /** Equal, one the other's acronym (NATO), or one containing the other as whole words. */
    public static boolean organizationsMatch(String a, String b) {
        List<String> left = nameTokens(a);
        List<String> right = nameTokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return left.equals(right) || isAcronymOf(left, right) || isAcronymOf(right, left)
                || containsWords(left, right) || containsWords(right, left);
    }

    /**
     * Equal, or one containing the other as whole words: "Niger" must not be found
     * inside "Nigeria", which a plain substring test would do.
     */
    public static boolean locationsMatch(String a, String b) {
        List<String> left = nameTokens(a);
        List<String> right = nameTokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return containsWords(left, right) || containsWords(right, left);
    }

    /** For committers, whose type the contract leaves open: any of the three rules. */
    public static boolean anyMatch(String a, String b) {
        return personsMatch(a, b) || organizationsMatch(a, b) || locationsMatch(a, b);
    }

    /** The rule for an entity type as written in the contract; an unknown type never matches. */
    public static boolean matchAs(String type, String a, String b) {
        if (type == null) {
            return false;
        }
        return switch (type.trim().toUpperCase(Locale.ROOT)) {
            case "PERSON" -> personsMatch(a, b);
            case "ORGANIZATION" -> organizationsMatch(a, b);
            case "LOCATION" -> locationsMatch(a, b);
            default -> false;
        };
    }

    /** Whether two names are the same string once folded, the strongest kind of match. */
    public static boolean sameNormalized(String type, String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        boolean person = type != null && type.trim().equalsIgnoreCase("PERSON");
        return person ? normalizePerson(a).equals(normalizePerson(b)) : normalize(a).equals(normalize(b));
    }

    private static List<String> nameTokens(String name) {
        List<String> tokens = tokens(name);
        return tokens.size() > 1 && tokens.get(0).equals("the") ? tokens.subList(1, tokens.size()) : tokens;
    }

    private static List<String> personTokens(String name) {
        List<String> tokens = new ArrayList<>(tokens(name));
        while (tokens.size() > 1 && NAME_SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        int firstNameWord = 0;
        while (firstNameWord < tokens.size() - 1 && TITLE_WORDS.contains(tokens.get(firstNameWord))) {
            firstNameWord++;
        }
        return tokens.subList(firstNameWord, tokens.size());
    }

    private static boolean firstGivenFoundIn(List<String> given, List<String> otherGiven) {
        String first = given.get(0);
        return otherGiven.stream().anyMatch(other -> givenNamesAgree(first, other));
    }

    private static boolean givenNamesAgree(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        Set<String> formalA = FORMAL_GIVEN_NAMES.getOrDefault(a, Set.of(a));
        Set<String> formalB = FORMAL_GIVEN_NAMES.getOrDefault(b, Set.of(b));
        return formalA.stream().anyMatch(formalB::contains);
    }

    /**
     * "nato" against "north atlantic treaty organization". Each significant word gives
     * its initial, sometimes followed by more of its letters in order ("asean":
     * Association of SouthEast Asian Nations); "of", "the", "and"… give their initial or
     * nothing ("dod": Department of Defense, "isil": Islamic State of Iraq and the Levant).
     */
    private static boolean isAcronymOf(List<String> shortName, List<String> longName) {
        String letters = String.join("", shortName);
        boolean looksLikeAcronym = shortName.size() == 1 || shortName.stream().allMatch(token -> token.length() == 1);
        if (!looksLikeAcronym || letters.length() < 2 || longName.size() < 2) {
            return false;
        }
        return spells(letters, 0, longName, 0);
    }

    private static boolean spells(String letters, int letter, List<String> words, int word) {
        if (word == words.size()) {
            return letter == letters.length();
        }
        String current = words.get(word);
        boolean skippable = ACRONYM_SKIPPED_WORDS.contains(current);
        if (skippable && spells(letters, letter, words, word + 1)) {
            return true;
        }
        if (letter == letters.length() || letters.charAt(letter) != current.charAt(0)) {
            return false;
        }
        int longestContribution = skippable ? 1 : current.length();
        int inWord = 1;
        for (int length = 1; length <= longestContribution && letter + length <= letters.length(); length++) {
            if (length > 1) {
                inWord = current.indexOf(letters.charAt(letter + length - 1), inWord) + 1;
                if (inWord == 0) {
                    return false;
                }
            }
            if (spells(letters, letter + length, words, word + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWords(List<String> whole, List<String> part) {
        return part.size() <= whole.size() && Collections.indexOfSubList(whole, part) >= 0;
    }

    /** A diminutive may stand for several formal names (Steve: Stephen or Steven). */
    private static Map<String, Set<String>> formalGivenNames(String... groups) {
        Map<String, Set<String>> formal = new HashMap<>();
        for (String group : groups) {
            String[] parts = group.split(":");
            formal.computeIfAbsent(parts[0], name -> new HashSet<>()).add(parts[0]);
            for (String diminutive : parts[1].split(",")) {
                formal.computeIfAbsent(diminutive, name -> new HashSet<>()).add(parts[0]);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        formal.forEach((name, forms) -> frozen.put(name, Set.copyOf(forms)));
        return Map.copyOf(frozen);
    }
}
