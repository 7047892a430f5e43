package io.pyra.support.knowledge;

/** A draft is seen by those who write the knowledge base; a published article by every reader. */
public enum ArticleStatus {
  DRAFT,
  PUBLISHED
}
