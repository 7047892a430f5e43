package io.pyra.scheduling.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the hours and closure forms of a centre's or a resource's page answer: after the change, a
 * redirect back with a message; on a refusal, 422 and the page again with the reasons, nothing
 * changed. One request's reply; the owner (centre or resource) gives the change and the page.
 */
record AvailabilityReply(
    Problems problems,
    Model model,
    Locale locale,
    RedirectAttributes redirect,
    HttpServletResponse response) {

  /** Sets the opening hours ({@code save}) and goes back to {@code back}. */
  String hoursSaved(Runnable save, String back, Supplier<String> again) {
    return answer(save, "resource.hours.saved", back, "hoursErrors", again);
  }

  /** Adds a closure ({@code add}) unless the form's times could not be read. */
  String closureAdded(BindingResult binding, Runnable add, String back, Supplier<String> again) {
    Runnable checked =
        () -> {
          if (binding.hasErrors()) {
            throw new BusinessRuleException("startsAt", "date-time", "resource.closure.unreadable");
          }
          add.run();
        };
    return answer(checked, "resource.closure.added", back + "#closures", "closureErrors", again);
  }

  /** Removes a closure ({@code remove}) and goes back to the closures of {@code back}. */
  String closureRemoved(Runnable remove, String back) {
    remove.run();
    redirect.addFlashAttribute("success", problems.messageOf("resource.closure.removed", locale));
    return "redirect:" + back + "#closures";
  }

  private String answer(
      Runnable change, String done, String back, String errors, Supplier<String> again) {
    try {
      change.run();
      redirect.addFlashAttribute("success", problems.messageOf(done, locale));
      return "redirect:" + back;
    } catch (BusinessRuleException e) {
      response.setStatus(422);
      model.addAttribute(
          errors, e.violations().stream().map(v -> problems.message(v, locale)).toList());
      return again.get();
    }
  }
}
