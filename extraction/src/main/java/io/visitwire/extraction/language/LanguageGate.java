package io.visitwire.extraction.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import io.visitwire.extraction.Extractor;
import io.visitwire.schemas.avro.Article;
import io.visitwire.schemas.avro.EnrichedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Sends only English articles through the English NLP engine. An article the detector is
 * confident is in another language is passed on marked with that language and nothing else:
 * English models on other languages produce confident garbage (every capitalized word a name).
 */
public final class LanguageGate implements Extractor {

    public static final String ENGLISH = "en";
    /** Below this, the detector's best guess is not trusted and the article is treated as English. */
    static final double MIN_CONFIDENCE = 0.90;
    private static final int SAMPLE_CHARS = 3_000;

    private final Extractor englishEngine;
    private final String engineVersion;
    private final Clock clock;
    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    public LanguageGate(Extractor englishEngine, String engineVersion, Clock clock) {
        this.englishEngine = englishEngine;
        this.engineVersion = engineVersion;
        this.clock = clock;
        try {
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the language profiles", e);
        }
    }

    @Override
    public EnrichedArticle enrich(Article article) {
        String language = detect(article.getTitle() + "\n" + article.getBody());
        if (ENGLISH.equals(language)) {
            return englishEngine.enrich(article);
        }
        return EnrichedArticle.newBuilder()
                .setArticleId(article.getId()).setUrl(article.getUrl()).setSource(article.getSource())
                .setPublished(article.getPublished()).setTitle(article.getTitle())
                .setLanguage(language).setEngineVersion(engineVersion)
                .setEntities(List.of()).setDates(List.of()).setCommitments(List.of()).setVisits(List.of())
                .setEnrichedAt(clock.instant()).build();
    }

    /** ISO 639-1 code of the text's language; English unless another language is clearly detected. */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<DetectedLanguage> guesses = detector.getProbabilities(texts.forText(sample));
        if (guesses.isEmpty() || guesses.get(0).getProbability() < MIN_CONFIDENCE) {
            return ENGLISH;
        }
        return guesses.get(0).getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }

}
