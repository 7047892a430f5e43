package io.pyra.support.taxonomy;

import java.util.UUID;

/**
 * Whether records still use a term of a case taxonomy, so that it is not deleted (it can be
 * deactivated instead). The cases code implements it; every bean of this type is asked, and with
 * none, nothing uses a term.
 */
public interface CaseTermUsage {

  /** The taxonomy of case categories, as {@link #uses} names it (its table). */
  String CASE_CATEGORY = "support_case_category";

  /** The taxonomy of root causes, as {@link #uses} names it (its table). */
  String ROOT_CAUSE = "support_root_cause";

  /**
   * Whether some record uses the term.
   *
   * @param taxonomy {@link #CASE_CATEGORY} or {@link #ROOT_CAUSE}
   * @param termId the term's id
   */
  boolean uses(String taxonomy, UUID termId);
}
