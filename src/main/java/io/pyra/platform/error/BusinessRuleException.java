package io.pyra.platform.error;

import java.util.List;

/**
 * A request broke a domain rule; nothing was changed. The web layer shows each violation next to
 * its field, the API answers 422 with problem details naming field and rule.
 */
public class BusinessRuleException extends RuntimeException {

  private final List<RuleViolation> violations;

  public BusinessRuleException(List<RuleViolation> violations) {
    super(violations.isEmpty() ? "rule violated" : violations.get(0).messageKey());
    this.violations = List.copyOf(violations);
  }

  public BusinessRuleException(String field, String rule, String messageKey, Object... args) {
    this(List.of(new RuleViolation(field, rule, messageKey, args)));
  }

  public List<RuleViolation> violations() {
    return violations;
  }
}
