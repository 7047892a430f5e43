package io.pyra.support.knowledge;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A knowledge-base article: a title, a body in Markdown, a category, tags, the language it is
 * written in, its audience and whether it is published. Checked by {@link Articles} before it is
 * stored; its changes are in the audit log like every entity's.
 */
@Entity
@Table(name = "support_article")
public class Article {

  @Id private UUID id;

  private String title;

  private String body;

  @Column(name = "category_id")
  private UUID categoryId;

  /** The tags, one per line (the tag table repeats them for the filter). */
  private String tags;

  private String language;

  @Enumerated(EnumType.STRING)
  private Audience audience;

  @Enumerated(EnumType.STRING)
  private ArticleStatus status;

  @Column(name = "author_id")
  private UUID authorId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private Long version;

  protected Article() {}

  Article(UUID authorId, Instant now) {
    this.id = Ids.newId();
    this.authorId = authorId;
    this.status = ArticleStatus.DRAFT;
    this.createdAt = now;
  }

  void change(
      String title,
      String body,
      UUID categoryId,
      List<String> tags,
      String language,
      Audience audience,
      Instant now) {
    this.title = title;
    this.body = body;
    this.categoryId = categoryId;
    this.tags = String.join("\n", tags);
    this.language = language;
    this.audience = audience;
    this.updatedAt = now;
  }

  /** Publishes a draft; a published article stays as it is. */
  void publish(Instant now) {
    if (status != ArticleStatus.PUBLISHED) {
      status = ArticleStatus.PUBLISHED;
      publishedAt = now;
      updatedAt = now;
    }
  }

  public UUID id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The body in Markdown. */
  public String body() {
    return body;
  }

  public UUID categoryId() {
    return categoryId;
  }

  public List<String> tags() {
    return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n"));
  }

  /** {@code en} or {@code zh-CN}. */
  public String language() {
    return language;
  }

  public Audience audience() {
    return audience;
  }

  public ArticleStatus status() {
    return status;
  }

  public boolean published() {
    return status == ArticleStatus.PUBLISHED;
  }

  public UUID authorId() {
    return authorId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
