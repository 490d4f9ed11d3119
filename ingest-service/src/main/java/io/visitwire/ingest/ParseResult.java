package io.visitwire.ingest;

import io.visitwire.schemas.avro.Article;
import java.util.List;
import java.util.Objects;

/** What {@link ArticleParser} made of one JSON document: an article, or the problems that prevented one. */
public sealed interface ParseResult permits ParseResult.Valid, ParseResult.Invalid {

    /** The problems found; empty for a valid article. */
    List<Problem> problems();

    default boolean isValid() {
        return this instanceof Valid;
    }

    record Valid(Article article) implements ParseResult {
        public Valid {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }
    }

    /**
     * @param bodyTooLarge the {@code body} is over the size limit: a limit of the service rather than a rule of the
     *                     format, which the API answers with 413 instead of 400
     */
    record Invalid(List<Problem> problems, boolean bodyTooLarge) implements ParseResult {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one problem");
            }
        }

        public Invalid(List<Problem> problems) {
            this(problems, false);
        }
    }
}
