package io.visitwire.extraction.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.visitwire.extraction.CoreNlpExtractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Entity;
import io.visitwire.schemas.avro.PersonRef;
import io.visitwire.schemas.avro.VisitMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Development harness (not a unit test): enriches the dev articles and prints what was found next to
 * the gold annotations, with P/R/F1 per area computed by an approximation of CONTRACT.md's scorer.
 * Run: java -cp ... io.visitwire.extraction.probe.DevSetProbe [articles.jsonl] [-v]
 */
public final class DevSetProbe {

    private static final Set<String> HONORIFICS = Set.of("president", "gen", "general", "col", "dr", "mr", "mrs", "ms",
            "adm", "admiral", "secretary", "minister", "prime", "vice", "sen", "rep", "lt", "maj", "capt", "king",
            "prince", "crown", "the");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "and", "for", "in", "on", "with",
            "by", "at", "from", "their", "its", "all", "that", "this", "will", "be");

    private int[] ent = new int[3];
    private int[] vis = new int[3];
    private int[] com = new int[3];
    private int countryOk;
    private int countryN;
    private int placeOk;
    private int startOk;
    private int endOk;
    private int statusOk;
    private int kindOk;
    private int dueOk;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 && !args[0].startsWith("-") ? args[0] : "/work/shared/data/dev/articles.jsonl");
        boolean verbose = Arrays.asList(args).contains("-v");
        new DevSetProbe().run(file, verbose);
    }

    void run(Path file, boolean verbose) throws Exception {
        ObjectMapper om = new ObjectMapper();
        CoreNlpExtractor enricher = new CoreNlpExtractor();
        long t0 = System.nanoTime();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode a = om.readTree(line);
            Article art = Article.newBuilder().setId(a.get("id").asText()).setUrl(text(a, "url")).setSource(text(a, "source"))
                    .setPublished(text(a, "published")).setDateline(text(a, "dateline")).setTitle(a.get("title").asText())
                    .setBody(a.get("body").asText()).setReceivedAt(java.time.Instant.now()).build();
            EnrichedArticle out = enricher.enrich(art);
            JsonNode gold = a.get("gold");
            System.out.println("===== " + a.get("id").asText());
            scoreEntities(out.getEntities(), gold.get("entities"), verbose);
            scoreVisits(out.getVisits(), gold.get("visits"));
            scoreCommitments(out.getCommitments(), gold.get("commitments"));
        }
        System.out.printf("%nelapsed %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        print("entities", ent);
        System.out.printf("  country accuracy (LOC/ORG) %d/%d%n", countryOk, countryN);
        print("visits", vis);
        System.out.printf("  place %d, start %d, end %d, status %d of %d matched%n", placeOk, startOk, endOk, statusOk, vis[0]);
        print("commitments", com);
        System.out.printf("  kind %d, due %d of %d matched%n", kindOk, dueOk, com[0]);
    }

    private static String text(JsonNode a, String f) {
        return a.hasNonNull(f) ? a.get(f).asText() : null;
    }

    private static void print(String area, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%-12s P %.2f R %.2f F1 %.2f (tp %d, pred %d, gold %d)%n", area, p, r, f, c[0], c[1], c[2]);
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
    }

    static List<String> nameParts(String s) {
        List<String> out = new ArrayList<>();
        for (String p : fold(s.replace(".", "")).split(" ")) {
            if (!p.isEmpty() && !HONORIFICS.contains(p) && !Set.of("jr", "sr", "iii", "ii").contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static boolean personMatch(String a, String b) {
        List<String> x = nameParts(a);
        List<String> y = nameParts(b);
        if (x.isEmpty() || y.isEmpty() || !x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
            return false;
        }
        if (x.size() > 1 && y.size() > 1) {
            String f1 = x.get(0);
            String f2 = y.get(0);
            return f1.startsWith(f2) || f2.startsWith(f1);
        }
        return true;
    }

    static boolean orgMatch(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y) || x.contains(y) || y.contains(x)) {
            return !x.isEmpty() && !y.isEmpty();
        }
        return acronym(a).equalsIgnoreCase(b.replace(".", "")) || acronym(b).equalsIgnoreCase(a.replace(".", ""));
    }

    private static String acronym(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    static boolean anyMatch(String a, String b) {
        return personMatch(a, b) || orgMatch(a, b);
    }

    private void scoreEntities(List<Entity> pred, JsonNode gold, boolean verbose) {
        boolean[] used = new boolean[pred.size()];
        List<String> missed = new ArrayList<>();
        for (JsonNode g : gold) {
            String type = g.get("type").asText();
            String name = g.get("name").asText();
            int hit = -1;
            for (int i = 0; i < pred.size(); i++) {
                Entity p = pred.get(i);
                if (used[i] || !p.getType().name().equals(type)) {
                    continue;
                }
                boolean m = type.equals("PERSON") ? personMatch(p.getName().toString(), name) : orgMatch(p.getName().toString(), name);
                if (m) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                ent[0]++;
                if (!type.equals("PERSON")) {
                    countryN++;
                    String gc = g.hasNonNull("country") ? g.get("country").asText() : null;
                    String pc = pred.get(hit).getCountry() == null ? null : pred.get(hit).getCountry().toString();
                    if (Objects.equals(gc, pc)) {
                        countryOk++;
                    } else {
                        System.out.println("  country? " + name + " gold " + gc + " pred " + pc);
                    }
                }
            } else {
                missed.add(type.charAt(0) + ":" + name);
            }
        }
        ent[1] += pred.size();
        ent[2] += gold.size();
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            if (!used[i]) {
                spurious.add(pred.get(i).getType().name().charAt(0) + ":" + pred.get(i).getName());
            }
        }
        System.out.println("  entities missed " + missed);
        System.out.println("  entities spurious " + spurious);
        if (verbose) {
            for (Entity e : pred) {
                System.out.println("    " + e.getType() + " " + e.getName() + " / " + e.getCountry() + " [" + e.getTitle() + "] x"
                        + e.getMentions().size());
            }
        }
    }

    private void scoreVisits(List<VisitMention> raw, JsonNode gold) {
        // Sentence-level mentions of one visit are merged downstream; approximate by (visitor, country).
        List<VisitMention> pred = new ArrayList<>();
        for (VisitMention v : raw) {
            boolean dup = pred.stream().anyMatch(p -> Objects.equals(p.getCountry(), v.getCountry())
                    && personMatch(p.getVisitor().getName().toString(), v.getVisitor().getName().toString()));
            if (!dup) {
                pred.add(v);
            }
        }
        boolean[] used = new boolean[pred.size()];
        for (JsonNode g : gold) {
            int hit = -1;
            for (int i = 0; i < pred.size(); i++) {
                VisitMention p = pred.get(i);
                if (!used[i] && Objects.equals(str(p.getCountry()), g.get("country").asText())
                        && personMatch(p.getVisitor().getName().toString(), g.get("visitor").asText())) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                System.out.println("  visit MISSED " + g.get("visitor").asText() + " -> " + g.get("place") + "/" + g.get("country").asText());
                continue;
            }
            used[hit] = true;
            vis[0]++;
            VisitMention p = pred.get(hit);
            String gp = g.hasNonNull("place") ? g.get("place").asText() : null;
            if (gp == null ? p.getPlace() == null : p.getPlace() != null && orgMatch(p.getPlace().toString(), gp)) {
                placeOk++;
            }
            startOk += Objects.equals(str(p.getStart()), g.hasNonNull("start") ? g.get("start").asText() : null) ? 1 : 0;
            endOk += Objects.equals(str(p.getEnd()), g.hasNonNull("end") ? g.get("end").asText() : null) ? 1 : 0;
            statusOk += p.getStatus().name().equals(g.get("status").asText()) ? 1 : 0;
            System.out.println("  visit ok " + describe(p) + "  gold " + g.get("place") + " " + g.get("start") + ".." + g.get("end")
                    + " " + g.get("status") + " hosts " + g.get("hosts"));
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!used[i]) {
                System.out.println("  visit SPURIOUS " + describe(pred.get(i)) + " | " + pred.get(i).getEvidence().getSentence());
            }
        }
        vis[1] += pred.size();
        vis[2] += gold.size();
    }

    private static String describe(VisitMention v) {
        return v.getVisitor().getName() + " -> " + v.getPlace() + "/" + v.getCountry() + " " + v.getStart() + ".." + v.getEnd()
                + " " + v.getStatus() + " hosts " + v.getHosts().stream().map(PersonRef::getName).toList();
    }

    private void scoreCommitments(List<Commitment> pred, JsonNode gold) {
        boolean[] used = new boolean[pred.size()];
        for (JsonNode g : gold) {
            int hit = -1;
            for (int i = 0; i < pred.size(); i++) {
                Commitment p = pred.get(i);
                if (used[i] || !anyMatch(p.getCommitter().toString(), g.get("committer").asText())) {
                    continue;
                }
                if (jaccard(p.getEvidence().getSentence().toString(), g.get("evidence").asText()) >= 0.5
                        || actionCovered(p.getAction().toString(), g.get("action").asText())) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                System.out.println("  commitment MISSED " + g.get("committer").asText() + ": " + g.get("action").asText());
                continue;
            }
            used[hit] = true;
            com[0]++;
            Commitment p = pred.get(hit);
            kindOk += p.getKind().name().equals(g.get("kind").asText()) ? 1 : 0;
            dueOk += Objects.equals(str(p.getDue()), g.hasNonNull("due") ? g.get("due").asText() : null) ? 1 : 0;
            System.out.println("  commitment ok " + p.getCommitter() + " " + p.getKind() + " due " + p.getDue() + ": " + p.getAction()
                    + "  gold " + g.get("kind") + " " + g.get("due"));
        }
        for (int i = 0; i < pred.size(); i++) {
            if (!used[i]) {
                Commitment p = pred.get(i);
                System.out.println("  commitment SPURIOUS " + p.getCommitter() + " " + p.getKind() + ": " + p.getAction());
            }
        }
        com[1] += pred.size();
        com[2] += gold.size();
    }

    private static String str(CharSequence s) {
        return s == null ? null : s.toString();
    }

    static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(fold(a).split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(fold(b).split(" ")));
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return union.isEmpty() ? 0 : (double) inter.size() / union.size();
    }

    static boolean actionCovered(String pred, String gold) {
        Set<String> p = new HashSet<>(Arrays.asList(fold(pred).split(" ")));
        int n = 0;
        int hit = 0;
        for (String w : fold(gold).split(" ")) {
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            n++;
            hit += p.contains(w) ? 1 : 0;
        }
        return n > 0 && hit * 2 >= n;
    }
}
