package io.pyra.support.knowledge;

import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles: read (a draft only by those who may write), written, published and deleted. Every
 * write checks the whole article first, names each broken rule by its field and stores nothing
 * then; the tags and search terms are written with the article. The callers check the permissions
 * ({@code knowledge.read}, {@code knowledge.write}).
 */
@Service
@Transactional(readOnly = true)
public class Articles {

  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 100_000;
  public static final int TAGS_MAX = 20;
  public static final int TAG_MAX = 40;

  static final String RECORD = "article";
  private static final int ECHO_MAX = 40;

  private final ArticleRepository articles;
  private final ArticleCategories categories;
  private final ArticleIndex index;

  Articles(ArticleRepository articles, ArticleCategories categories, ArticleIndex index) {
    this.articles = articles;
    this.categories = categories;
    this.index = index;
  }

  /** The article, whatever its status. */
  public Article get(UUID id) {
    return articles.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
  }

  /** The article as a reader sees it: a draft is not found unless {@code drafts}. */
  public Article readable(UUID id, boolean drafts) {
    Article article = get(id);
    if (!drafts && !article.published()) {
      throw new RecordNotFoundException(RECORD, id);
    }
    return article;
  }

  public Optional<ArticleCategory> categoryOf(Article article) {
    return article.categoryId() == null ? Optional.empty() : categories.find(article.categoryId());
  }

  /** A new draft by {@code author}. */
  @Transactional
  public Article create(SaveArticle command, UserId author) {
    Checked checked = check(command);
    Article article = new Article(author.value(), Instant.now());
    checked.applyTo(article);
    return saved(article);
  }

  @Transactional
  public Article update(UUID id, SaveArticle command) {
    Article article = get(id);
    checkVersion(article, command.version());
    Checked checked = check(command);
    checked.applyTo(article);
    return saved(article);
  }

  /** Publishes the article (already published: unchanged). */
  @Transactional
  public Article publish(UUID id, Long version) {
    Article article = get(id);
    checkVersion(article, version);
    article.publish(Instant.now());
    return articles.saveAndFlush(article);
  }

  /** Deletes the article, with its terms, tags and links to cases. */
  @Transactional
  public void delete(UUID id, Long version) {
    Article article = get(id);
    checkVersion(article, version);
    articles.delete(article);
    articles.flush();
  }

  private Article saved(Article article) {
    Article saved = articles.saveAndFlush(article);
    index.write(saved);
    return saved;
  }

  private static void checkVersion(Article article, Long version) {
    if (version != null && version != article.version()) {
      throw new StaleVersionException(RECORD, version, article.version());
    }
  }

  /** The command checked: every fault a violation naming its field, nothing stored. */
  private Checked check(SaveArticle command) {
    List<RuleViolation> violations = new ArrayList<>();
    String title = command.title() == null ? "" : command.title().strip();
    if (title.isEmpty()) {
      violations.add(new RuleViolation("title", "required", "knowledge.title.required"));
    } else if (title.length() > TITLE_MAX) {
      violations.add(
          new RuleViolation("title", "max-length", "knowledge.title.max-length", TITLE_MAX));
    }
    String body = command.body() == null ? "" : command.body().stripTrailing();
    if (body.isBlank()) {
      violations.add(new RuleViolation("body", "required", "knowledge.body.required"));
    } else if (body.length() > BODY_MAX) {
      violations.add(
          new RuleViolation("body", "max-length", "knowledge.body.max-length", BODY_MAX));
    }
    UUID categoryId = null;
    if (command.category() != null && !command.category().isBlank()) {
      Optional<ArticleCategory> category = categories.byCode(command.category().strip());
      if (category.isEmpty()) {
        violations.add(
            new RuleViolation(
                "category", "unknown", "knowledge.category.unknown", echo(command.category())));
      } else if (!categories.hierarchy().node(category.get().id()).orElseThrow().usable()) {
        violations.add(
            new RuleViolation(
                "category", "inactive", "knowledge.category.inactive", category.get().code()));
      } else {
        categoryId = category.get().id();
      }
    }
    List<String> tags = tags(command.tags(), violations);
    String language = ArticleLanguages.parse(command.language());
    if (command.language() == null || command.language().isBlank()) {
      violations.add(new RuleViolation("language", "required", "knowledge.language.required"));
    } else if (language == null) {
      violations.add(
          new RuleViolation(
              "language", "one-of", "knowledge.language.one-of", echo(command.language())));
    }
    Audience audience = audience(command.audience(), violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return new Checked(title, body, categoryId, tags, language, audience);
  }

  /** The tags without blanks and repeats (case ignored), spaces squeezed. */
  private static List<String> tags(List<String> given, List<RuleViolation> violations) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (given != null) {
      for (String tag : given) {
        if (tag == null || tag.isBlank()) {
          continue;
        }
        String clean = tag.strip().replaceAll("\\s+", " ");
        if (clean.length() > TAG_MAX) {
          violations.add(
              new RuleViolation(
                  "tags", "max-length", "knowledge.tags.max-length", TAG_MAX, echo(clean)));
          return List.of();
        }
        tags.putIfAbsent(ArticleIndex.tag(clean), clean);
      }
    }
    if (tags.size() > TAGS_MAX) {
      violations.add(new RuleViolation("tags", "max-items", "knowledge.tags.max-items", TAGS_MAX));
      return List.of();
    }
    return List.copyOf(tags.values());
  }

  private static Audience audience(String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      return Audience.INTERNAL;
    }
    try {
      return Audience.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(
          new RuleViolation("audience", "one-of", "knowledge.audience.one-of", echo(text)));
      return null;
    }
  }

  static String echo(String text) {
    String t = text.strip();
    return t.length() > ECHO_MAX ? t.substring(0, ECHO_MAX) + "…" : t;
  }

  private record Checked(
      String title,
      String body,
      UUID categoryId,
      List<String> tags,
      String language,
      Audience audience) {

    void applyTo(Article article) {
      article.change(title, body, categoryId, tags, language, audience, Instant.now());
    }
  }
}
