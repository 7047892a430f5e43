package io.pyra.support.taxonomy;

import io.pyra.platform.taxonomy.Taxonomy;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case category tree the administrator edits, addressed by code (at most three levels). A
 * category that a case uses ({@link CaseTermUsage}) is deactivated rather than deleted.
 */
@Service
@Transactional(readOnly = true)
public class CaseCategories extends Taxonomy<CaseCategory> {

  public static final int MAX_DEPTH = 3;

  private final CaseTermUsages usages;

  CaseCategories(CaseCategoryRepository store, CaseTermUsages usages) {
    super(store, "case category");
    this.usages = usages;
  }

  @Override
  protected CaseCategory newTerm(UUID parentId, String code) {
    return new CaseCategory(parentId, code);
  }

  @Override
  protected int maxDepth() {
    return MAX_DEPTH;
  }

  @Override
  protected long usages(CaseCategory category) {
    return usages.count(CaseTermUsage.CASE_CATEGORY, category.id());
  }

  /** "Used by cases", not a count: the usage beans answer yes or no. */
  @Override
  protected String messageKey(String rule) {
    return "delete.in-use".equals(rule) ? "caseTerm.delete.in-use" : super.messageKey(rule);
  }

  /** The ids of the category with this code and of all below it; empty when there is none. */
  public Set<UUID> withDescendants(String code) {
    return byCode(code).map(c -> hierarchy().withDescendants(c.id())).orElse(Set.of());
  }
}
