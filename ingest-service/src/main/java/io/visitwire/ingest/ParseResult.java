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

    record Invalid(List<Problem> problems) implements ParseResult {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one problem");
            }
        }
    }
}
