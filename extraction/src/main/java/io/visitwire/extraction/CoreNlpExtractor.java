package io.visitwire.extraction;

import io.visitwire.extraction.nlp.ArticleContexts;
import io.visitwire.extraction.nlp.DateExtractor;
import io.visitwire.extraction.nlp.DateMention;
import io.visitwire.extraction.nlp.DocumentContext;
import io.visitwire.extraction.nlp.NerSpan;
import io.visitwire.extraction.nlp.NlpPipeline;
import io.visitwire.extraction.nlp.ParsedText;
import io.visitwire.extraction.nlp.Sentence;
import io.visitwire.extraction.commitments.CommitmentCandidate;
import io.visitwire.extraction.commitments.CommitmentExtractor;
import io.visitwire.extraction.commitments.CommitmentRule;
import io.visitwire.extraction.entities.CanonicalEntity;
import io.visitwire.extraction.entities.EntityExtractor;
import io.visitwire.extraction.entities.EntityIndex;
import io.visitwire.extraction.entities.EntityMention;
import io.visitwire.extraction.entities.Gazetteer;
import io.visitwire.extraction.entities.SubjectResolver;
import io.visitwire.extraction.visits.VisitCandidate;
import io.visitwire.extraction.visits.VisitAssembler;
import io.visitwire.extraction.visits.VisitExtractor;
import io.visitwire.extraction.visits.VisitRule;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.Commitment;
import io.visitwire.schemas.avro.EnrichedArticle;
import io.visitwire.schemas.avro.Entity;
import io.visitwire.schemas.avro.Evidence;
import io.visitwire.schemas.avro.Mention;
import io.visitwire.schemas.avro.TemporalExpression;
import io.visitwire.schemas.avro.VisitMention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * The CoreNLP-based {@link Extractor}: one shared pipeline, then rule-based entities, dates,
 * visit mentions and commitments. Holds no per-article state, so one instance serves all threads.
 */
public final class CoreNlpExtractor implements Extractor {

    /** Bumped when rules change output, so consumers can tell which engine read an article. */
    public static final String ENGINE_VERSION = "corenlp-4.5.10/rules-7";

    private final Supplier<NlpPipeline> pipeline;
    private final Clock clock;
    private final ArticleContexts contexts = new ArticleContexts();
    private final EntityExtractor entities;
    private final DateExtractor dates = new DateExtractor();
    private final VisitExtractor visits;
    private final CommitmentExtractor commitments = new CommitmentExtractor();
    private final VisitAssembler assembler = new VisitAssembler();

    /** Uses the process-wide pipeline, loaded on the first article. */
    public CoreNlpExtractor() {
        this(NlpPipeline::shared, Gazetteer.standard(), Clock.systemUTC());
    }

    public CoreNlpExtractor(Supplier<NlpPipeline> pipeline, Gazetteer gazetteer, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
        this.entities = new EntityExtractor(gazetteer);
        this.visits = new VisitExtractor(gazetteer);
    }

    /**
     * An article after CoreNLP and before the rules: its document context (publication date, dateline) and its
     * parsed body and headline. Immutable; {@link #read} keeps no state in it, so one can be read many times.
     */
    public record Parsed(DocumentContext context, ParsedText body, ParsedText headline) {
    }

    @Override
    public EnrichedArticle enrich(Article article) {
        return read(article, parse(article));
    }

    /** The NLP half of {@link #enrich}: the document context, then the CoreNLP cascade on body and title. */
    public Parsed parse(Article article) {
        String body = article.getBody().toString();
        DocumentContext ctx = contexts.of(str(article.getPublished()), str(article.getUrl()), str(article.getSource()),
                str(article.getDateline()), body);
        NlpPipeline nlp = pipeline.get();
        ParsedText doc = nlp.parse(ArticleContexts.forParsing(body, ctx), ctx.docDate());
        ParsedText headline = nlp.parse(article.getTitle().toString(), ctx.docDate());
        return new Parsed(ctx, doc, headline);
    }

    /**
     * The rules half of {@link #enrich}: entities, dates, visits, commitments and visit events of an article
     * {@link #parse} has read, without CoreNLP.
     */
    public EnrichedArticle read(Article article, Parsed parsed) {
        String id = article.getId().toString();
        String url = str(article.getUrl());
        DocumentContext ctx = parsed.context();
        ParsedText doc = parsed.body();
        ParsedText headline = parsed.headline();
        EntityIndex index = entities.extract(doc, ctx, headline, str(article.getSource()) + " " + url);
        List<DateMention> dateMentions = dates.extract(doc);
        SubjectResolver resolver = new SubjectResolver(doc, index, authorOf(headline, index));
        List<VisitCandidate> vs = visits.extract(doc, ctx, index, dateMentions, resolver);
        List<CommitmentCandidate> cs = commitments.extract(doc, index, dateMentions, resolver);

        EnrichedArticle read = EnrichedArticle.newBuilder()
                .setArticleId(id)
                .setUrl(url)
                .setSource(str(article.getSource()))
                .setPublished(str(article.getPublished()))
                .setTitle(article.getTitle().toString())
                .setLanguage("en")
                .setEngineVersion(ENGINE_VERSION)
                .setEntities(index.all().stream().map(CoreNlpExtractor::toEntity).toList())
                .setDates(dateMentions.stream()
                        .map(d -> new TemporalExpression(d.text(), d.start(), d.begin(), d.end())).toList())
                .setCommitments(cs.stream().map(c -> toCommitment(id, url, c)).toList())
                .setVisits(vs.stream().map(v -> toVisit(id, url, v)).toList())
                .setEnrichedAt(clock.instant())
                .build();
        read.setVisitEvents(assembler.assemble(read, read.getEnrichedAt()));
        return read;
    }

    /** The person a statement's headline names first ("Statement from President X on ..."). */
    private static String authorOf(ParsedText headline, EntityIndex index) {
        for (Sentence s : headline.sentences()) {
            for (NerSpan sp : s.spans()) {
                if (sp.isPersonType() && sp.tokenStart() > 0) {
                    return sp.text().replaceAll("['’]s$", "");
                }
            }
        }
        return null;
    }

    private static Entity toEntity(CanonicalEntity e) {
        return Entity.newBuilder()
                .setId(e.id())
                .setName(e.name())
                .setType(e.type())
                .setSubtype(e.subtype())
                .setCountry(e.country())
                .setTitle(e.title())
                .setMentions(e.mentions().stream().map(CoreNlpExtractor::toMention).toList())
                .build();
    }

    private static Mention toMention(EntityMention m) {
        return new Mention(m.text(), m.begin(), m.end());
    }

    private static Evidence evidence(String articleId, String url, Sentence s) {
        return new Evidence(articleId, url, s.text(), s.begin(), s.end());
    }

    private static VisitMention toVisit(String articleId, String url, VisitCandidate v) {
        return VisitMention.newBuilder()
                .setVisitor(v.visitorRef())
                .setPlace(v.place())
                .setCountry(v.country())
                .setStart(v.start())
                .setEnd(v.end())
                .setHosts(v.hostRefs())
                .setStatus(v.status())
                .setEvidence(evidence(articleId, url, v.evidence()))
                .setRules(v.rules().stream().map(VisitRule::id).toList())
                .build();
    }

    private static Commitment toCommitment(String articleId, String url, CommitmentCandidate c) {
        Sentence s = c.evidence();
        return Commitment.newBuilder()
                .setId(stableId(articleId + "|" + c.committer().name() + "|" + s.begin() + "|" + s.end()))
                .setArticleId(articleId)
                .setCommitter(c.committer().name())
                .setCommitterType(c.committer().type().name())
                .setRecipient(c.recipient())
                .setAction(c.action())
                .setKind(c.kind())
                .setDue(c.due())
                .setAmount(c.amount())
                .setCurrency(c.currency())
                .setConfidence(c.confidence())
                .setEvidence(evidence(articleId, url, s))
                .setRules(c.rules().stream().map(CommitmentRule::id).toList())
                .build();
    }

    static String stableId(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String str(CharSequence s) {
        return s == null ? null : s.toString();
    }
}
