package io.visitwire.extraction.commitments;

import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.nlp.DateValues;
import io.visitwire.extraction.nlp.Dependency;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.schemas.avro.CommitmentKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commitments: explicit forward-looking undertakings ("promised to", "pledged", "committed to",
 * "agreed to", "will", "plans to", "invited X to visit", "the Dutch's commitments to") by an agent
 * the text names, with recipient, what was undertaken, a due date and an amount. Each trigger of a
 * sentence yields its own commitment; what {@link Exclusions} rules out is not an undertaking.
 * Stateless; thread-safe.
 */
public final class CommitmentExtractor {

    private static final Pattern MONEY = Pattern.compile("~?([$€£¥])?([0-9.]+(?:E[0-9]+)?)");
    /** "within three months", "in the coming weeks": a duration counted forward from publication. */
    private static final Lexicon FORWARD_DURATION = Lexicon.of("forward-duration-cues");

    /** "rouble rub": currency words and their codes. */
    private static final Lexicon CURRENCIES = Lexicon.of("currency-names");
    private static final Lexicon MONTHS = Lexicon.of("months");

    private final Gazetteer gazetteer;

    public CommitmentExtractor() {
        this(Gazetteer.standard());
    }

    public CommitmentExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<CommitmentCandidate> extract(ParsedText doc, EntityIndex index, List<DateMention> dates,
                                             SubjectResolver subjects) {
        Parties parties = new Parties(doc, index, subjects, gazetteer);
        Beneficiaries beneficiaries = new Beneficiaries(index, parties);
        EventPlans events = new EventPlans(doc, parties, gazetteer);
        List<CommitmentCandidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (Exclusions.questionOrCondition(s)) {
                continue;
            }
            Set<Integer> covered = new HashSet<>();
            for (Trigger found : Triggers.find(s)) {
                if (covered.contains(found.token()) || covered.contains(found.actionHead()) || Exclusions.excluded(s, found)
                        || Stances.wished(s, found) || Appointments.appointment(s, found) || PastFacts.datedBefore(s, found, dates, doc.docDate())) {
                    continue;
                }
                boolean arrival = Deliveries.isArrival(s, found);
                Optional<Parties.Agent> who = arrival ? Deliveries.earlierGiver(s, out) : parties.committer(s, found);
                boolean delivery = arrival || who.isEmpty() && found.form() == Trigger.Form.WILL_PASSIVE
                        && found.kind() == CommitmentKind.PLEDGE;
                if (who.isEmpty() && delivery) {
                    who = Deliveries.earlierGiver(s, out); // "the generators will be delivered by June, she said"
                }
                int event = EventPlans.eventSubject(s, found);
                if (who.isEmpty() && event >= 0) {
                    who = events.committer(s, event, out);
                }
                if (who.isEmpty()) {
                    continue;
                }
                List<Trigger> parts = Conjuncts.split(s, found);
                Set<Integer> claimed = new HashSet<>();
                for (Trigger tr : parts) {
                    claimed.addAll(scope(s, tr, parts.get(0).actionHead()));
                }
                covered.addAll(claimed);
                covered.add(found.token());
                for (Trigger tr : parts) {
                String action = ActionPhrases.of(doc.text(), s, tr);
                if (action.isBlank()) {
                    continue;
                }
                CommitmentKind kind = tr.kind();
                boolean ev = event >= 0 && tr.actionHead() == found.actionHead();
                if (arrival && tr.actionHead() == found.actionHead()) {
                    action = Deliveries.action(doc.text(), s, tr, action);
                }
                if (ev) {
                    action = EventPlans.action(doc.text(), s, event, tr, action);
                    kind = CommitmentKind.PLAN;
                }
                Set<Integer> scope = scope(s, tr, parts.get(0).actionHead());
                Token head = s.tokens().get(tr.actionHead());
                NerSpan money = money(s, parts.size() > 1 ? head.index() : Math.min(head.index(), tr.token()), tr.end());
                Double amount = null;
                String currency = null;
                List<CommitmentRule> rules = new ArrayList<>(CommitmentRule.of(tr));
                if (delivery) {
                    rules.add(CommitmentRule.DELIVERY);
                }
                if (Calendared.is(s, tr)) {
                    rules.add(CommitmentRule.CALENDARED);
                }
                if (ev) {
                    rules.add(CommitmentRule.EVENT_SUBJECT);
                }
                rules.addAll(who.get().rules());
                if (money != null) {
                    Matcher m = MONEY.matcher(money.normalized());
                    if (m.lookingAt()) {
                        amount = Double.valueOf(m.group(2));
                        currency = currencyOf(s, money).orElse(currencyOf(m.group(1)));
                        rules.add(CommitmentRule.AMOUNT_MONEY);
                    }
                }
                Optional<Kinds.Reading> reading = ev ? Optional.empty() : Kinds.of(s, tr, money != null);
                if (reading.isPresent()) {
                    kind = reading.get().kind();
                    rules.add(reading.get().rule());
                }
                Party committer = who.get().party();
                if (amount != null && kind == CommitmentKind.PLEDGE) {
                    Optional<Party> state = parties.stateOf(committer);
                    if (state.isPresent()) {
                        committer = state.get();
                        rules.add(CommitmentRule.COMMITTER_LEADERS_STATE);
                    }
                }
                Due due = due(s, dates, doc, scope);
                if (due.rule() != null) {
                    rules.add(due.rule());
                }
                if (parts.size() > 1) {
                    rules.add(CommitmentRule.LIST_ITEM);
                }
                Optional<String> beneficiary = beneficiaries.of(s, tr, kind, committer);
                if (beneficiary.isPresent()) {
                    rules.add(CommitmentRule.RECIPIENT_BENEFICIARY);
                }
                Parties.Agent agent = who.get();
                String recipient = beneficiary.orElseGet(() -> parties.recipient(s, tr, agent));
                CommitmentCandidate c = new CommitmentCandidate(committer, recipient, action,
                        kind, due.value(), amount, currency, confidence(tr, who.get()), s, rules);
                List<AmountItems.Item> items = kind == CommitmentKind.PLEDGE ? AmountItems.items(s,
                        tr.form() == Trigger.Form.VERB_OBJECT ? tr.token() : tr.actionHead(), tr.end()) : List.of();
                if (items.isEmpty()) {
                    out.add(c);
                } else {
                    out.addAll(perItem(doc.text(), s, c, action.split(" ")[0], items));
                }
                }
            }
            int breakdown = AmountItems.breakdownVerb(s);
            if (breakdown >= 0 && !covered.contains(breakdown)) {
                out.addAll(breakdown(doc, s, breakdown, dates, parties, out));
            }
        }
        return out;
    }

    /** One commitment per sum of a list, each with its own words and amount (the list's other fields kept). */
    private static List<CommitmentCandidate> perItem(String body, Sentence s, CommitmentCandidate c, String verb,
                                                     List<AmountItems.Item> items) {
        List<CommitmentCandidate> out = new ArrayList<>();
        for (AmountItems.Item it : items) {
            List<CommitmentRule> rules = new ArrayList<>(c.rules());
            rules.add(CommitmentRule.AMOUNT_ITEM);
            Double amount = null;
            String currency = null;
            Matcher m = MONEY.matcher(it.money().normalized());
            if (m.lookingAt()) {
                amount = Double.valueOf(m.group(2));
                currency = currencyOf(s, it.money()).orElse(currencyOf(m.group(1)));
                rules.add(CommitmentRule.AMOUNT_MONEY);
            }
            String action = (verb + " " + s.textOf(body, it.start(), it.end() + 1)).replaceAll("\\s+", " ").trim();
            out.add(new CommitmentCandidate(c.committer(), c.recipient(), action, c.kind(), c.due(), amount,
                    currency, c.confidence(), s, rules));
        }
        return out;
    }

    /**
     * "The assistance includes $14 million for A, $13.6 million for B and $81.5 million for C": the parts of a
     * sum announced just before, each a PLEDGE of whoever announced it (or of the sum's owner: "Japan's package").
     */
    private List<CommitmentCandidate> breakdown(ParsedText doc, Sentence s, int verb, List<DateMention> dates,
                                                Parties parties, List<CommitmentCandidate> earlier) {
        List<AmountItems.Item> items = AmountItems.items(s, verb, Integer.MAX_VALUE);
        if (items.isEmpty()) {
            return List.of();
        }
        Party committer = null;
        String recipient = null;
        int subj = AmountItems.subjectOf(s, verb);
        for (Dependency d : s.children(subj, "nmod:poss")) {
            committer = parties.at(s, d.dependent()).map(Parties.Agent::party).orElse(null);
        }
        if (committer == null) {
            for (int i = earlier.size() - 1; i >= 0 && committer == null; i--) {
                CommitmentCandidate c = earlier.get(i);
                if (c.evidence().index() < s.index() - 2) {
                    break;
                }
                if (c.evidence().index() < s.index() && c.kind() == CommitmentKind.PLEDGE && c.amount() != null) {
                    committer = c.committer();
                }
            }
        }
        List<CommitmentRule> rules = new ArrayList<>(List.of(CommitmentRule.BREAKDOWN, CommitmentRule.COMMITTER_OF_SUM));
        for (int back = 1; back <= 2 && committer == null && s.index() - back >= 0; back++) {
            // no sum pledged before: whoever concluded it, "The United States and Mozambique signed three agreements"
            Sentence before = doc.sentences().get(s.index() - back);
            int sum = AmountItems.concludedSum(before);
            if (sum < 0) {
                continue;
            }
            Optional<Parties.Agent> by = parties.concluder(before, sum);
            if (by.isEmpty()) {
                break;
            }
            committer = by.get().party();
            Optional<Party> state = parties.stateOf(committer);
            if (state.isPresent()) {
                committer = state.get();
                rules.add(CommitmentRule.COMMITTER_LEADERS_STATE);
            }
            recipient = parties.otherState(before, committer).orElse(null);
            rules.set(1, CommitmentRule.COMMITTER_CONCLUDER);
        }
        if (committer == null) {
            return List.of();
        }
        Set<Integer> all = new HashSet<>();
        s.tokens().forEach(t -> all.add(t.index()));
        Due due = due(s, dates, doc, all);
        if (due.rule() != null) {
            rules.add(due.rule());
        }
        CommitmentCandidate whole = new CommitmentCandidate(committer, recipient, "", CommitmentKind.PLEDGE, due.value(),
                null, null, 0.5, s, rules);
        return perItem(doc.text(), s, whole, "provide", items);
    }

    /** Explicit commitment words read surer than a bare "will"; parser-repair forms least. */
    private static double confidence(Trigger tr, Parties.Agent who) {
        double c = switch (tr.form()) {
            case VERB_CLAUSE, VERB_OBJECT -> 0.8;
            case WILL -> tr.kind() == CommitmentKind.PLAN ? 0.6 : 0.65;
            case NOUN, INSTRUCTION -> 0.6;
            case WILL_PASSIVE, PARTICIPLE -> 0.5;
        };
        return Math.round((who.token() < 0 ? c - 0.1 : c) * 100) / 100.0;
    }

    /**
     * The tokens of one action: under its verb and before the next action of a list; a later action of a
     * list keeps the shared words before the list's first verb (its subject) and its own from its verb on.
     */
    private static Set<Integer> scope(Sentence s, Trigger tr, int firstHead) {
        Set<Integer> out = new HashSet<>();
        for (int t : subtree(s, tr.actionHead())) {
            if (t < tr.end() && (t >= tr.actionHead() || t < firstHead || tr.actionHead() == firstHead)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Tokens under {@code head} in the dependency graph (controlled subjects and relative links left out). */
    private static Set<Integer> subtree(Sentence s, int head) {
        return s.subtree(head, r -> !r.equals("ref") && !r.contains("xsubj"));
    }

    private static NerSpan money(Sentence s, int from, int end) {
        for (NerSpan sp : s.spans()) {
            if ("MONEY".equals(sp.type()) && sp.tokenStart() >= from && sp.tokenStart() < end && sp.normalized() != null) {
                return sp;
            }
        }
        return null;
    }

    /** A due date and the rule that read it ({@code rule} null when there is none). */
    private record Due(String value, CommitmentRule rule) {
    }

    /**
     * Due date: a future date inside the undertaking, else one elsewhere in the sentence, else the end
     * of "within / in / over the next &lt;duration&gt;" counted from the publication date.
     */
    private static Due due(Sentence s, List<DateMention> dates, ParsedText doc, Set<Integer> scope) {
        String inScope = null;
        String anywhere = null;
        for (DateMention d : dates) {
            if (d.sentence() != s.index() || d.start() == null) {
                continue;
            }
            boolean inside = false;
            for (Token t : s.tokens()) {
                inside |= t.begin() >= d.begin() && t.end() <= d.end() && scope.contains(t.index());
            }
            String v = ahead(d, doc.docDate(), inside);
            if (v == null) {
                continue;
            }
            if (inside && inScope == null) {
                inScope = v;
            }
            if (anywhere == null) {
                anywhere = v;
            }
        }
        if (inScope != null || anywhere != null) {
            return inScope != null ? new Due(inScope, CommitmentRule.DUE_IN_SCOPE)
                    : new Due(anywhere, CommitmentRule.DUE_IN_SENTENCE);
        }
        for (NerSpan sp : s.spans()) {
            if ("DURATION".equals(sp.type()) && sp.tokenStart() > 0) {
                String prev = s.tokens().get(sp.tokenStart() - 1).lowerWord();
                if (FORWARD_DURATION.contains(prev) || sp.text().toLowerCase(java.util.Locale.ROOT).startsWith("the next")) {
                    String v = DateValues.after(sp.normalized(), doc.docDate());
                    if (v != null) {
                        return new Due(v, CommitmentRule.DUE_WITHIN_DURATION);
                    }
                }
            }
        }
        return new Due(null, null);
    }

    /**
     * The value of a date as the due date of an undertaking, or null when it lies behind: a later day or month;
     * inside the undertaking also the publication month itself ("will sign the deal this month", "next week"),
     * and a month named there without its year that the dates resolved to the nearest, past, one ("Portugal would host
     * the summit in October", said in March) is the coming one, since what is undertaken lies ahead.
     */
    private static String ahead(DateMention d, java.time.LocalDate published, boolean inside) {
        String v = d.start();
        String day = published.toString();
        if (v.compareTo(day) > 0) {
            return v;
        }
        if (!inside || v.substring(0, Math.min(7, v.length())).compareTo(day.substring(0, 7)) >= 0) {
            return inside && v.length() == 7 && day.startsWith(v) ? v : null;
        }
        boolean monthNamed = false;
        for (String w : d.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            monthNamed |= MONTHS.contains(w);
        }
        if (!monthNamed || d.text().matches(".*\\b[0-9]{4}\\b.*") || !v.matches("[0-9]{4}-[0-9]{2}(-[0-9]{2})?")) {
            return null;
        }
        String next = (Integer.parseInt(v.substring(0, 4)) + 1) + v.substring(4);
        return next.compareTo(day) > 0 && next.compareTo(published.plusYears(1).toString()) <= 0 ? next : null;
    }

    /** A currency the amount names in words: "5 billion roubles", "€2 billion" stays with its symbol. */
    private static Optional<String> currencyOf(Sentence s, NerSpan money) {
        for (int i = money.tokenStart(); i < Math.min(s.tokens().size(), money.tokenEnd() + 1); i++) {
            String w = s.tokens().get(i).lowerLemma();
            for (String pair : CURRENCIES) {
                String[] kv = pair.split(" ");
                if (w.equals(kv[0]) || w.equals(kv[0] + "s")) {
                    return Optional.of(kv[1].toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    private static String currencyOf(String symbol) {
        if (symbol == null) {
            return null;
        }
        return switch (symbol) {
            case "$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            default -> null;
        };
    }
}
