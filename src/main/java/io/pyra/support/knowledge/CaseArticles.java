package io.pyra.support.knowledge;

import io.pyra.identity.CurrentUser;
import io.pyra.support.cases.CaseEventKind;
import io.pyra.support.cases.CaseHistory;
import io.pyra.support.cases.CaseService;
import io.pyra.support.cases.SupportCase;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge articles of a case as its reader sees them: those linked to it, those suggested by
 * its subject and description, and linking and unlinking, each on the case's history. The case is
 * checked first: one the reader may not see is not found, one they may only read is refused.
 */
@Service
public class CaseArticles {

  /** At most this many articles are suggested beside those linked. */
  public static final int SUGGESTED = 5;

  private final CaseService cases;
  private final CaseHistory history;
  private final KnowledgeLinks links;
  private final KnowledgeSuggestions suggestions;
  private final Articles articles;
  private final CurrentUser currentUser;

  CaseArticles(
      CaseService cases,
      CaseHistory history,
      KnowledgeLinks links,
      KnowledgeSuggestions suggestions,
      Articles articles,
      CurrentUser currentUser) {
    this.cases = cases;
    this.history = history;
    this.links = links;
    this.suggestions = suggestions;
    this.articles = articles;
    this.currentUser = currentUser;
  }

  /** The articles linked to the case, in the order they were linked. */
  @Transactional(readOnly = true)
  public List<LinkedArticle> linked(UUID caseId) {
    cases.get(caseId);
    return links.articlesOf(caseId);
  }

  /** Published articles like the case's text that are not linked yet, best first. */
  @Transactional(readOnly = true)
  public List<ArticleSuggestion> suggested(UUID caseId, Locale locale) {
    SupportCase c = cases.get(caseId);
    Set<UUID> linked =
        links.articlesOf(caseId).stream().map(LinkedArticle::articleId).collect(Collectors.toSet());
    return suggestions
        .suggest(c.subject(), c.description(), locale, SUGGESTED + linked.size())
        .stream()
        .filter(s -> !linked.contains(s.id()))
        .limit(SUGGESTED)
        .toList();
  }

  /**
   * Links a published article to the case; true when the link is new.
   *
   * @throws io.pyra.platform.error.BusinessRuleException on {@code articleId} for a draft
   */
  @Transactional
  public boolean link(UUID caseId, UUID articleId) {
    SupportCase c = cases.writable(caseId);
    boolean added = links.link(caseId, articleId, currentUser.requireId());
    if (added) {
      note(c, CaseEventKind.ARTICLE_LINKED, articleId);
    }
    return added;
  }

  /** Removes the link; true when there was one. */
  @Transactional
  public boolean unlink(UUID caseId, UUID articleId) {
    SupportCase c = cases.writable(caseId);
    boolean removed = links.unlink(caseId, articleId);
    if (removed) {
      note(c, CaseEventKind.ARTICLE_UNLINKED, articleId);
    }
    return removed;
  }

  private void note(SupportCase c, CaseEventKind kind, UUID articleId) {
    String title = articles.get(articleId).title();
    history.add(c, kind, null, title, null, currentUser.requireId().value(), Instant.now());
  }
}
