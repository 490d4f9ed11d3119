package io.visitwire.extraction.entities.spans;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import io.visitwire.extraction.lexicon.Lexicon;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The span repairs that are token patterns and nothing else, as named TokensRegex rules in
 * {@code resources/rules/entity-spans.rules.txt} (compiled once per JVM; lexicon lists bound as string
 * variables): {@code entity.span.chamber-party} ("Senate Republicans"), {@code entity.span.government-of-country}
 * ("the Government of Peru"). What a pattern cannot say stays here: a match becomes a span unless an
 * organization already covers it, and then replaces the spans it overlaps. Thread-safe (the extractor
 * keeps no per-call state).
 */
final class TokenPatternSpans {

    static final String RULES = "rules/entity-spans.rules.txt";
    private static final CoreMapExpressionExtractor<MatchedExpression> EXTRACTOR = load();

    private static CoreMapExpressionExtractor<MatchedExpression> load() {
        Env env = TokenSequencePattern.getNewEnv();
        bindList(env, "$CHAMBERS", "chamber-words");
        bindList(env, "$PARTY_MEMBERS", "party-members");
        return CoreMapExpressionExtractor.createExtractorFromFiles(env, RULES);
    }

    /** A lexicon list as a regular-expression alternation of its entries, for {@code /(?i:$NAME)/}. */
    private static void bindList(Env env, String variable, String list) {
        String alternation = Lexicon.of(list).stream().map(Pattern::quote).collect(Collectors.joining("|"));
        env.bindStringRegex(variable, alternation);
    }

    /** A rule's match: the span's type, the rule id and the tokens. */
    record Match(String type, String rule, int tokenStart, int tokenEnd) {
    }

    /** The rules' matches in {@code s}, in token order. */
    static List<Match> matches(Sentence s) {
        List<CoreLabel> labels = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setTag(t.pos());
            l.setNER(t.ner());
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            l.set(CoreAnnotations.TokenBeginAnnotation.class, t.index());
            l.set(CoreAnnotations.TokenEndAnnotation.class, t.index() + 1);
            labels.add(l);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        List<Match> out = new ArrayList<>();
        for (MatchedExpression m : EXTRACTOR.extractExpressions(sentence)) {
            @SuppressWarnings("unchecked")
            List<Value> result = (List<Value>) m.getValue().get();
            out.add(new Match((String) result.get(0).get(), (String) result.get(1).get(),
                    m.getTokenOffsets().getBegin(), m.getTokenOffsets().getEnd()));
        }
        return out;
    }

    /** Each match as a span, unless an organization already covers its first token. */
    void apply(Sentence s, String body, List<NerSpan> spans) {
        for (Match m : matches(s)) {
            NerSpan cur = Spans.covering(spans, m.tokenStart());
            if (cur != null && cur.isOrganizationType()) {
                continue;
            }
            spans.removeIf(x -> x.tokenStart() < m.tokenEnd() && m.tokenStart() < x.tokenEnd());
            spans.add(Spans.span(s, body, m.type(), m.tokenStart(), m.tokenEnd()));
        }
    }
}
