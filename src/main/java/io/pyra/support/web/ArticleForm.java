package io.pyra.support.web;

import io.pyra.support.knowledge.Article;
import io.pyra.support.knowledge.SaveArticle;
import java.util.Arrays;
import java.util.List;

/**
 * The article form: title, Markdown body, category (by code), tags separated by commas, language,
 * audience and the version it was read at. The rules are the service's, shown beside each field.
 */
public class ArticleForm {

  private String title;
  private String body;
  private String category;
  private String tags;
  private String language;
  private String audience = "INTERNAL";
  private Long version;

  static ArticleForm of(Article article, String categoryCode) {
    ArticleForm form = new ArticleForm();
    form.title = article.title();
    form.body = article.body();
    form.category = categoryCode;
    form.tags = String.join(", ", article.tags());
    form.language = article.language();
    form.audience = article.audience().name();
    form.version = article.version();
    return form;
  }

  SaveArticle command() {
    return new SaveArticle(title, body, category, tagList(), language, audience, version);
  }

  /** The tags as typed, split at commas (the Chinese comma too). */
  List<String> tagList() {
    return tags == null ? List.of() : Arrays.asList(tags.split("[,，、]"));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
