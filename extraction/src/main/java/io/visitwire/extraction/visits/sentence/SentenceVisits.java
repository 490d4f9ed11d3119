package io.visitwire.extraction.visits.sentence;

import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.visits.VisitArticle;
import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import io.visitwire.extraction.visits.VisitCandidate;
import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.extraction.visits.rules.VisitPatterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The visits one trigger of one sentence reports: visitor, places, hosts, dates and status put
 * together, one candidate per country; a trigger at the visitor's home becomes the guest's visit.
 */
public final class SentenceVisits {

    private final VisitTriggers triggers;
    private final Destinations destinations;
    private final VisitStatusRules statusRules = new VisitStatusRules();

    public SentenceVisits(VisitTriggers triggers, Destinations destinations) {
        this.triggers = triggers;
        this.destinations = destinations;
    }

    public List<VisitCandidate> at(VisitArticle a, Sentence s, int trigger) {
        List<VisitCandidate> out = new ArrayList<>();
        Token t = s.tokens().get(trigger);
        Optional<VisitPatterns.Match> metVisiting = VisitTriggers.patternAt(a, s, trigger, VisitRule.HOST_MET_VISITING);
        Optional<VisitPatterns.Match> presence = metVisiting.isPresent() ? Optional.empty()
                : VisitTriggers.patternAt(a, s, trigger, VisitRule.PRESENCE_BE_IN);
        // "X, in Seoul for talks, said": only on a verb no word rule reads ("X, in Seoul, met Y" is the meeting's)
        Optional<VisitPatterns.Match> setOff = metVisiting.isPresent() || presence.isPresent()
                || triggers.find(s, a.index).contains(trigger) ? Optional.empty() : VisitTriggers.setOffAt(a, s, trigger);
        if (setOff.isPresent()) {
            presence = setOff;
        }
        // "Visiting Premier X met Y": the subject is the one away from home
        boolean visitingSubject = metVisiting.isEmpty() && presence.isEmpty()
                && VisitTriggers.patternAt(a, s, trigger, VisitRule.PRESENCE_VISITING).isPresent();
        boolean hosting = VisitTriggers.HOST_VERBS.contains(t.lowerLemma()) && t.isVerb() || metVisiting.isPresent();
        CanonicalEntity host = null;
        Optional<CanonicalEntity> visitor;
        List<VisitRule> rules = new ArrayList<>();
        if (metVisiting.isPresent()) {
            host = Visitors.person(a.subjects.resolveToken(s, metVisiting.get().node("host"))).orElse(null);
            visitor = Visitors.person(a.subjects.resolveToken(s, metVisiting.get().node("guest")));
        } else if (presence.isPresent()) {
            visitor = Visitors.person(a.subjects.resolveToken(s, presence.get().node("visitor")));
        } else if (hosting) {
            host = Hosts.hostOf(a, s, trigger).orElse(null);
            visitor = Visitors.guestOf(a, s, trigger);
            if (visitor.isEmpty() && host != null) {
                visitor = Optional.ofNullable(a.guestOf.get(host));
                rules.add(VisitRule.VISITOR_EARLIER_GUEST);
            }
            if (visitor.isPresent() && host != null) {
                a.guestOf.put(host, visitor.get());
            }
        } else {
            visitor = Visitors.visitorOf(a, s, trigger, a.index, a.subjects, rules);
        }
        if (visitor.isEmpty() || VisitBlocks.onlyTalkedAbout(s, trigger) || VisitBlocks.negated(s, trigger)
                || VisitBlocks.blocked(s, trigger, a.index, visitor.get())) {
            return out;
        }
        CanonicalEntity who = visitor.get();
        List<Place> places = presence.isPresent() ? destinations.placesAt(s, presence.get().node("place"), a.index)
                : destinations.placesFor(s, trigger, a.index);
        VisitRule placeRule = VisitRule.PLACE_ARGUMENT;
        rules.add(0, metVisiting.isPresent() ? VisitRule.HOST_MET_VISITING
                : visitingSubject && !triggers.find(s, a.index).contains(trigger) ? VisitRule.PRESENCE_VISITING
                : setOff.isPresent() ? VisitRule.PRESENCE_SET_OFF
                : presence.isPresent() ? VisitRule.PRESENCE_BE_IN : VisitTriggers.triggerRule(t, hosting));
        if (places.isEmpty()
                && (hosting || s.tokens().get(trigger).isVerb() || triggers.firstTrigger(s, trigger, a.index))) {
            places = destinations.placesIn(s, a.index, trigger);
            placeRule = VisitRule.PLACE_IN_SENTENCE;
        }
        if (places.isEmpty() && hosting && host != null) {
            Optional<Place> dateline = destinations.datelineCity(a.ctx.datelinePlace());
            boolean hostCountry = host.countryExplicit() && host.country() != null;
            if (dateline.isPresent() && (hostCountry ? dateline.get().country().equals(host.country())
                    : !dateline.get().country().equals(who.country()))) {
                places = List.of(dateline.get());
                placeRule = VisitRule.PLACE_DATELINE;
            } else if (hostCountry) {
                places = List.of(new Place(null, host.country(), true));
                placeRule = VisitRule.PLACE_HOST_COUNTRY;
            }
        }
        boolean arrival = t.isVerb() && ARRIVAL.contains(t.lowerLemma()) && s.children(trigger, "obj").isEmpty();
        if (places.isEmpty() && (arrival || visitingSubject)) {
            // "HANOI, June 13 (Reuters) - Prime Minister X arrived on Wednesday for talks", "TOKYO (Kyodo) - Visiting
            // Secretary X held talks with Y": an arrival or a visiting person's meeting naming no place is at the
            // place the story is filed from, when that is abroad for the visitor ("reached a deal", with an object,
            // is no arrival; one called visiting is abroad whatever country the text gives)
            Optional<Place> dateline = destinations.datelineCity(a.ctx.datelinePlace());
            String from = who.country() != null && who.countryExplicit() ? who.country() : a.ctx.homeCountry();
            if (dateline.isPresent() && (from != null || visitingSubject) && !dateline.get().country().equals(from)) {
                places = List.of(dateline.get());
                placeRule = VisitRule.PLACE_DATELINE;
            }
        }
        List<VisitRule> hostRules = new ArrayList<>();
        List<Integer> alsoFrom = new ArrayList<>();
        if (presence.isPresent()) {
            // "X is in Y for talks with Z": the predicate; "X, who is in Y, met Z": the visitor's meeting verbs
            int place = presence.get().node("place");
            alsoFrom.add(place);
            s.heads(presence.get().node("visitor")).stream()
                    .filter(d -> d.relation().startsWith("nsubj") && d.governor() >= 0 && d.governor() != place
                            && Hosts.MEET_LEMMAS.contains(s.tokens().get(d.governor()).lowerLemma()))
                    .forEach(d -> alsoFrom.add(d.governor()));
        }
        if (!t.isVerb() && places.stream().map(Place::country).distinct().count() == 1) {
            // "During his visit to Ghana, he met X": the meeting verb the visit noun qualifies (one country only:
            // of a tour of two, the people met may be of either)
            s.heads(trigger).stream()
                    .filter(d -> d.relation().startsWith("obl") && d.governor() >= 0
                            && Hosts.MEET_LEMMAS.contains(s.tokens().get(d.governor()).lowerLemma()))
                    .forEach(d -> alsoFrom.add(d.governor()));
        }
        List<CanonicalEntity> met = Hosts.metPersons(a, s, trigger, alsoFrom, hostRules);
        Optional<CanonicalEntity> relativeHost = relativeClauseHost(a, s, trigger, who).filter(h -> !met.contains(h));
        if (relativeHost.isPresent()) {
            met.add(relativeHost.get());
            hostRules.add(VisitRule.HOSTS_RELATIVE_CLAUSE);
        }
        List<CanonicalEntity> metWith = List.copyOf(met);
        List<CanonicalEntity> others = Hosts.counterparts(s, trigger, a.index, who);
        for (CanonicalEntity c : others) {
            if (!met.contains(c)) {
                met.add(c);
            }
        }
        if (host != null && !met.contains(host)) {
            met.add(0, host);
        }
        Map<String, Place> byCountry = new LinkedHashMap<>();
        for (Place p : places) {
            Place prev = byCountry.get(p.country());
            if (prev == null || prev.countryOnly() && !p.countryOnly()) {
                byCountry.put(p.country(), p);
            }
        }
        // a country the text states is the visitor's home; one only implied from where they meet people is not
        // (a minister arriving in Seoul is no Korean minister for that)
        String stated = who.country() != null && who.countryExplicit() ? who.country() : a.ctx.homeCountry();
        Place homeBase = null;
        boolean foreignGuest = false;
        if (stated == null && !travel(t, presence.isPresent() || setOff.isPresent()) && !metVisiting.isPresent()
                && !visitingSubject
                && who.title() != null && !internationalOffice(who.title())
                && met.stream().allMatch(m -> m.countryExplicit() && m.country() != null)) {
            // "LONDON (Reuters) - Prime Minister X chaired a meeting in Downing Street": an official whose country
            // no text states, doing something other than travel, in the country the story is filed from, holds
            // office there (a wire story names a foreign leader's country); travel keeps its visit (domestic travel)
            Optional<Place> dateline = destinations.datelineCity(a.ctx.datelinePlace());
            // "TOKYO (Kyodo) - Secretary X met Foreign Minister Y of Japan": a counterpart the text calls of the
            // dateline's country sets the official apart from it (a home official's compatriot needs no "of Japan")
            if (dateline.isPresent() && met.stream().noneMatch(m -> m.country().equals(dateline.get().country()))) {
                stated = dateline.get().country();
                homeBase = dateline.get();
            } else if (dateline.isEmpty() && !met.isEmpty() && byCountry.size() == 1) {
                // "President X held talks in the Kremlin with President Y of Egypt", no dateline, no publisher's
                // country: the one whose country is stated and differs from the place's is the guest, the official
                // of no stated country meeting them at the country's seat (its capital, a site, the country) the host
                Place p = byCountry.values().iterator().next();
                if (met.stream().noneMatch(m -> m.country().equals(p.country())) && destinations.atSeat(s, p)) {
                    stated = p.country();
                    foreignGuest = true;
                }
            }
        }
        String home = stated;
        for (Place p : byCountry.values()) {
            CanonicalEntity v = who;
            String vCountry = home;
            List<CanonicalEntity> hosts = new ArrayList<>();
            List<VisitRule> applied = new ArrayList<>(rules);
            if (p.country().equals(home) && (homeBase == null || !destinations.awayFromBase(s, p, homeBase))) {
                // At home: the visit, if any, is the foreign guest's.
                // a foreigner met; or a fellow subject of the meeting who holds an office of no country ("A and
                // the President of the European Council B met in Downing Street")
                Optional<CanonicalEntity> guest = met.stream()
                        .filter(m -> m != who && (m.countryExplicit() && m.country() != null && !m.country().equals(home)
                                || others.contains(m) && m.country() == null && internationalOffice(m.title())))
                        .findFirst();
                if (guest.isEmpty() || hosting && host == null) {
                    continue;
                }
                v = guest.get();
                vCountry = v.country();
                hosts.add(who);
                applied.add(VisitRule.GUEST_AT_HOME);
                if (homeBase != null) {
                    applied.add(VisitRule.HOME_DATELINE);
                }
                if (foreignGuest) {
                    applied.add(VisitRule.HOST_FOREIGN_GUEST);
                }
            }
            for (CanonicalEntity m : met) {
                if (m != v && !hosts.contains(m) && !Hosts.compatriotAbroad(m, vCountry, p.country())) {
                    hosts.add(m);
                }
            }
            VisitStatusRules.Decision status = statusRules.status(s, trigger, a.dates, a.doc.docDate());
            if (setOff.isPresent()) {
                status = VisitStatusRules.setOff(status, s, a.dates, a.doc.docDate());
            }
            List<String> legs = byCountry.keySet().stream().filter(c -> !c.equals(home)).toList();
            VisitDates.Span span = VisitDates.dateSpan(s, trigger, a.dates, a.ctx);
            span = VisitDates.perLeg(a, s, VisitDates.forLegs(span, legs.size()), legs, p.country(), vCountry, a.dates);
            span = VisitDates.othersDay(a, s, span, p.country(), vCountry, a.dates);
            span = VisitDates.datelineDay(a, s, span, status.rule());
            span = VisitDates.lengthAndEnd(a, s, span, a.dates, p.country(), vCountry, legs.size());
            status = statusRules.underWay(status, span, a.doc.docDate());
            applied.addAll(placeAndHostRules(placeRule, p, hosts, metWith, others));
            if (hosts.stream().anyMatch(metWith::contains)) {
                applied.addAll(hostRules);
            }
            if (span.rule() != null) {
                applied.add(span.rule());
            }
            applied.add(status.rule());
            out.add(new VisitCandidate(v, vCountry, p.countryOnly() ? null : p.name(), p.country(), span.start(),
                    span.end(), hosts, status.status(), s, applied));
        }
        return out;
    }

    /**
     * "X had talks with President Y, who arrived in Moscow on an official visit", "X met Y, who is in Russia": the
     * visit told in a relative clause on the person met; the one meeting them there is a host.
     */
    private static Optional<CanonicalEntity> relativeClauseHost(VisitArticle a, Sentence s, int trigger, CanonicalEntity who) {
        int modified = -1;
        for (int tok = trigger, hop = 0; hop < 3 && modified < 0 && tok >= 0; hop++) {
            int at = tok;
            modified = s.heads(at).stream().filter(d -> d.relation().equals("acl:relcl")).mapToInt(d -> d.governor())
                    .findFirst().orElse(-1);
            // the clause's predicate may sit above the trigger ("who is on a visit to Russia": visit is it)
            tok = s.heads(at).stream().filter(d -> d.governor() >= 0 && !d.relation().equals("acl:relcl"))
                    .mapToInt(d -> d.governor()).findFirst().orElse(-1);
        }
        if (modified < 0 || Visitors.person(a.index.at(s.index(), modified)).filter(p -> p == who).isEmpty()) {
            return Optional.empty();
        }
        for (var h : s.heads(modified)) {
            int verb = h.governor();
            if (verb < 0) {
                continue;
            }
            if (h.relation().equals("nmod:with") && Hosts.isMeetingNoun(s.tokens().get(verb))) {
                // "had talks with Y": the verb holding the talks
                verb = s.heads(verb).stream().filter(d -> d.relation().equals("obj") && d.governor() >= 0)
                        .mapToInt(d -> d.governor()).findFirst().orElse(-1);
            } else if (!(h.relation().equals("obl:with") || h.relation().equals("obj"))
                    || !Hosts.MEET_LEMMAS.contains(s.tokens().get(verb).lowerLemma())) {
                continue;
            }
            if (verb >= 0 && s.tokens().get(verb).isVerb()) {
                Optional<CanonicalEntity> host = Visitors.person(a.subjects.subjectOf(s, verb));
                if (host.isPresent() && host.get() != who) {
                    return host;
                }
            }
        }
        return Optional.empty();
    }

    /** Travel to the place ("travelled to", "arrived in", "a visit to"), not a meeting or presence there. */
    private static boolean travel(Token t, boolean presence) {
        if (presence) {
            return false;
        }
        if (t.isVerb()) {
            return VisitTriggers.MOVE_VERBS.contains(t.lowerLemma()) || VisitTriggers.ONWARD.contains(t.lowerLemma())
                    || ARRIVAL.contains(t.lowerLemma());
        }
        return TRIP_NOUNS.contains(t.lowerLemma()) || TRIP_NOUNS.contains(t.lowerWord())
                || VisitTriggers.TRAVEL_NOUNS.contains(t.lowerLemma()) || t.lowerWord().equals("bound");
    }

    private static final Lexicon TRIP_NOUNS = Lexicon.of("trip-nouns");

    /** "arrived", "landed": an arrival with no place named is at the dateline's city. */
    private static final Lexicon ARRIVAL = Lexicon.of("arrival-verbs");

    private static final Lexicon INTERNATIONAL_OFFICES = Lexicon.of("international-offices");

    /** "President of the European Council", "NATO Secretary General": an office of an international body. */
    static boolean internationalOffice(String title) {
        if (title == null) {
            return false;
        }
        String padded = " " + title.replaceAll("[,()]", " ") + " ";
        return INTERNATIONAL_OFFICES.stream().anyMatch(w -> padded.contains(" " + w + " "));
    }

    /** Where the place came from, and where the hosts that were kept came from. */
    private static List<VisitRule> placeAndHostRules(VisitRule placeRule, Place p, List<CanonicalEntity> hosts,
                                                     List<CanonicalEntity> metWith, List<CanonicalEntity> others) {
        List<VisitRule> out = new ArrayList<>();
        if (placeRule != null) {
            out.add(placeRule);
        }
        if (p.facility()) {
            out.add(VisitRule.PLACE_FACILITY);
        }
        if (hosts.stream().anyMatch(h -> others.contains(h) && !metWith.contains(h))) {
            out.add(VisitRule.HOSTS_COUNTERPARTS);
        }
        return out;
    }
}
