package io.pyra.support.taxonomy;

import io.pyra.platform.taxonomy.Taxonomy;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The root cause tree the administrator edits, addressed by code (at most three levels). A cause
 * that a case uses ({@link CaseTermUsage}) is deactivated rather than deleted.
 */
@Service
@Transactional(readOnly = true)
public class RootCauses extends Taxonomy<RootCause> {

  public static final int MAX_DEPTH = 3;

  private final CaseTermUsages usages;

  RootCauses(RootCauseRepository store, CaseTermUsages usages) {
    super(store, "root cause");
    this.usages = usages;
  }

  @Override
  protected RootCause newTerm(UUID parentId, String code) {
    return new RootCause(parentId, code);
  }

  @Override
  protected int maxDepth() {
    return MAX_DEPTH;
  }

  @Override
  protected long usages(RootCause cause) {
    return usages.count(CaseTermUsage.ROOT_CAUSE, cause.id());
  }

  /** "Used by cases", not a count: the usage beans answer yes or no. */
  @Override
  protected String messageKey(String rule) {
    return "delete.in-use".equals(rule) ? "caseTerm.delete.in-use" : super.messageKey(rule);
  }

  /** The ids of the cause with this code and of all below it; empty when there is none. */
  public Set<UUID> withDescendants(String code) {
    return byCode(code).map(c -> hierarchy().withDescendants(c.id())).orElse(Set.of());
  }
}
