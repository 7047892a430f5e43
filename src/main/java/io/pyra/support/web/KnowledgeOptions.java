package io.pyra.support.web;

import io.pyra.support.knowledge.ArticleCategories;
import io.pyra.support.knowledge.ArticleLanguages;
import io.pyra.support.knowledge.ArticleStatus;
import io.pyra.support.knowledge.Audience;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The choices of the knowledge pages as [value, label] pairs in the reader's language. */
@Component
class KnowledgeOptions {

  private final ArticleCategories categories;
  private final MessageSource messages;

  KnowledgeOptions(ArticleCategories categories, MessageSource messages) {
    this.categories = categories;
    this.messages = messages;
  }

  /** The usable categories, indented by depth. */
  List<List<String>> categories(Locale locale) {
    return categories.nodes().stream()
        .filter(n -> n.usable())
        .map(n -> List.of(n.term().code(), "— ".repeat(n.depth()) + n.term().name(locale)))
        .toList();
  }

  List<List<String>> languages(Locale locale) {
    return ArticleLanguages.ALL.stream().map(l -> List.of(l, language(l, locale))).toList();
  }

  List<List<String>> audiences(Locale locale) {
    return Arrays.stream(Audience.values())
        .map(a -> List.of(a.name(), message("knowledge.audience." + a.name(), locale)))
        .toList();
  }

  List<List<String>> statuses(Locale locale) {
    return Arrays.stream(ArticleStatus.values())
        .map(s -> List.of(s.name(), message("knowledge.status." + s.name(), locale)))
        .toList();
  }

  String language(String language, Locale locale) {
    return message("knowledge.language." + language, locale);
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
