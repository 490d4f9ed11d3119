package io.visitwire.extraction.entities;

import io.visitwire.extraction.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Person-name comparison: surnames, initials, generational suffixes. Pure functions. */
public final class PersonNames {

    private static final Lexicon SUFFIXES = Lexicon.of("name-suffixes");
    private static final Lexicon PARTICLES = Lexicon.of("name-particles");

    /**
     * The Arabic article joined to a family name ("al-Masri", "el-Sayed"): later mentions drop it ("Masri said"),
     * so names compare without it.
     */
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("^(?:al|el)-(?=\\p{L}{2})");

    private PersonNames() {
    }

    /**
     * Folded name parts without generational suffixes or a joined Arabic article ("Daniel K. Okafor Jr." →
     * [daniel, k, okafor], "Abdel Karim al-Masri" → [abdel, karim, masri]).
     */
    public static List<String> parts(String name) {
        List<String> out = new ArrayList<>();
        for (String p : Gazetteer.key(name.replace(',', ' ')).split(" ")) {
            if (!p.isEmpty() && !SUFFIXES.contains(p)) {
                out.add(ARTICLE.matcher(p).replaceFirst(""));
            }
        }
        return out;
    }

    /** The folded surname: the last part that is not a suffix. */
    public static String surname(String name) {
        List<String> p = parts(name);
        return p.isEmpty() ? "" : p.get(p.size() - 1);
    }

    /**
     * True when two written names can denote the same person in one article: equal surnames and
     * agreeing given names where both have them ("Maria L. Okafor" ~ "Okafor" ~ "Maria Okafor", not
     * "Daniel Okafor" ~ "Maria Okafor"); a name whose parts all occur in the other also agrees
     * ("Alvarez Ruiz" ~ "Pedro Alvarez Ruiz").
     */
    public static boolean compatible(String a, String b) {
        List<String> pa = parts(a);
        List<String> pb = parts(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return false;
        }
        if (pa.size() == 1 || pb.size() == 1) {
            List<String> single = pa.size() == 1 ? pa : pb;
            List<String> other = pa.size() == 1 ? pb : pa;
            // Family-name-first names ("Kim Minho" → "Kim", "Li Wenhua" → "Li") are matched on any full part.
            return other.get(other.size() - 1).equals(single.get(0))
                    || (other.size() == 2 && other.get(0).equals(single.get(0)) && single.get(0).length() >= 2);
        }
        if (!pa.get(pa.size() - 1).equals(pb.get(pb.size() - 1))) {
            return false;
        }
        if (pa.containsAll(pb) || pb.containsAll(pa)) {
            return true;
        }
        String fa = pa.get(0);
        String fb = pb.get(0);
        return fa.equals(fb) || (fa.length() == 1 && fb.startsWith(fa)) || (fb.length() == 1 && fa.startsWith(fb))
                || fa.length() >= 4 && fb.length() >= 4 && spelling(fa).equals(spelling(fb));
    }

    /**
     * A given name with the spelling differences of transliteration and of retyping folded away: "y" and "i"
     * ("Sergey" / "Sergei"), doubled letters, a final "e" ("Emmanuelle" / "Emmanuel"). ANNOTATION.md keeps
     * one entity per referent; a text that spells the same surname's given name two ways means one person.
     */
    static String spelling(String given) {
        String g = given.replace('y', 'i').replaceAll("(.)\\1+", "$1");
        return g.endsWith("e") ? g.substring(0, g.length() - 1) : g;
    }

    /**
     * Whether {@code part} is a part of a name of three or more parts other than its surname: the family
     * name written first ("Tran" in "Tran Van Long"), the given name an honorific goes with ("Hamad" in
     * "Hamad bin Rashid Al Qasimi"), a name inside a long name ("Lula" in "Luiz Inacio Lula da Silva").
     * Name particles never count.
     */
    public static boolean hasInnerPart(String name, String part) {
        List<String> p = parts(name);
        if (p.size() < 3) {
            return false;
        }
        for (int i = 0; i < p.size() - 1; i++) {
            if (p.get(i).equals(part) && !PARTICLES.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether all letters of {@code acronym} are the initials of {@code name}'s capitalized words. */
    public static boolean isAcronymOf(String acronym, String name) {
        String a = acronym.replace(".", "");
        if (a.length() < 2 || !a.equals(a.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        Arrays.stream(name.split("[\\s-]+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .forEach(w -> initials.append(w.charAt(0)));
        return initials.toString().equals(a);
    }
}
