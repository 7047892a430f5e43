package io.pyra.platform.taxonomy;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Saving a taxonomy's edit form: a broken rule is shown next to its field, a term changed meanwhile
 * as a form-wide error with 409, and the form is shown again; otherwise the page goes where the
 * save says.
 */
@Component
public class TermPages {

  private final FormErrors formErrors;

  TermPages(FormErrors formErrors) {
    this.formErrors = formErrors;
  }

  /**
   * Runs {@code save} (which answers the redirect) unless the form already has errors; answers
   * {@code form} (the view showing the form again) when it has or when the save is refused.
   */
  public String save(
      BindingResult result,
      Locale locale,
      HttpServletResponse response,
      Supplier<String> save,
      Supplier<String> form) {
    if (!result.hasErrors()) {
      try {
        return save.get();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(result, locale);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
      }
    }
    return form.get();
  }
}
