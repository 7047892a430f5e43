package io.pyra.platform.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Puts broken domain rules on a form's binding result, in the user's language, so the page shows
 * each message next to its field (or above the form when the rule concerns the whole record).
 */
@Component
public class FormErrors {

  private final Problems problems;

  FormErrors(Problems problems) {
    this.problems = problems;
  }

  public void bind(BusinessRuleException e, BindingResult result, Locale locale) {
    for (RuleViolation violation : e.violations()) {
      String message = problems.message(violation, locale);
      if (violation.field() != null
          && result.getTarget() != null
          && org.springframework.beans.BeanUtils.getPropertyDescriptor(
                  result.getTarget().getClass(), violation.field())
              != null) {
        result.rejectValue(violation.field(), violation.rule(), message);
      } else {
        result.reject(violation.rule(), message);
      }
    }
  }

  /** Marks the form as stale: someone else saved the record since it was opened. */
  public void stale(BindingResult result, Locale locale) {
    result.reject("stale", problems.messageOf("problem.stale.detail", locale));
  }
}
