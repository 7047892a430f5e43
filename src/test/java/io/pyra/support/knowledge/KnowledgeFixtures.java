package io.pyra.support.knowledge;

import io.pyra.identity.UserId;
import java.util.List;
import java.util.UUID;

/** Articles written through the real service, each test with its own tag or word. */
final class KnowledgeFixtures {

  private final Articles articles;
  private final UserId author;

  KnowledgeFixtures(Articles articles, UserId author) {
    this.articles = articles;
    this.author = author;
  }

  /** A word no other test writes: letters only, ending so that no stemming touches it. */
  static String uniqueWord() {
    String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    StringBuilder word = new StringBuilder("kb");
    for (char c : hex.toCharArray()) {
      word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return word.append('q').toString();
  }

  Article published(String title, String body, String language, String... tags) {
    Article draft = draft(title, body, language, tags);
    return articles.publish(draft.id(), null);
  }

  Article draft(String title, String body, String language, String... tags) {
    return articles.create(
        new SaveArticle(title, body, null, List.of(tags), language, null, null), author);
  }
}
