package io.pyra.support.taxonomy;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Stands in for the cases in tests: terms registered here (as "taxonomy/id") are used by a case and
 * may not be deleted.
 */
@Component
class TermsInUse implements CaseTermUsage {

  static final Set<String> USED = ConcurrentHashMap.newKeySet();

  @Override
  public boolean uses(String taxonomy, UUID termId) {
    return USED.contains(taxonomy + "/" + termId);
  }
}
