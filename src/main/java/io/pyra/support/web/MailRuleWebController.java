package io.pyra.support.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.support.mailbox.MailRules;
import io.pyra.support.mailbox.MailRules.Rule;
import io.pyra.support.mailbox.MailRules.RuleInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mail rules page: the rules in order, a row each (field, text, action), with empty rows to
 * add; a row left without text is dropped on saving. A refusal shows the rows as typed.
 */
@Controller
@RequestMapping("/support/mail-rules")
@PreAuthorize("hasAuthority('support.configure')")
class MailRuleWebController {

  private static final int BLANK_ROWS = 3;
  private static final int UNPROCESSABLE = 422;

  private final MailRules rules;
  private final Problems problems;

  MailRuleWebController(MailRules rules, Problems problems) {
    this.rules = rules;
    this.problems = problems;
  }

  @GetMapping
  String page(Model model) {
    List<RuleInput> rows = new ArrayList<>();
    for (Rule r : rules.list()) {
      rows.add(new RuleInput(r.field().name(), r.contains(), r.action().name()));
    }
    return show(rows, List.of(), model);
  }

  @PostMapping
  String save(
      @RequestParam(name = "field", required = false) List<String> fields,
      @RequestParam(name = "contains", required = false) List<String> texts,
      @RequestParam(name = "action", required = false) List<String> actions,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    int n = texts == null ? 0 : texts.size();
    List<RuleInput> typed = new ArrayList<>();
    for (int i = 0; i < n && typed.size() <= MailRules.MAX_RULES; i++) {
      String text = texts.get(i);
      if (text == null || text.isBlank()) {
        continue;
      }
      typed.add(new RuleInput(at(fields, i), text, at(actions, i)));
    }
    try {
      rules.replace(typed);
    } catch (BusinessRuleException e) {
      response.setStatus(UNPROCESSABLE);
      List<String> errors = e.violations().stream().map(v -> problems.message(v, locale)).toList();
      return show(typed, errors, model);
    }
    redirect.addFlashAttribute("success", problems.messageOf("mail.rule.saved", locale));
    return "redirect:/support/mail-rules";
  }

  private String show(List<RuleInput> rows, List<String> errors, Model model) {
    List<RuleInput> shown = new ArrayList<>(rows);
    for (int i = 0; i < BLANK_ROWS && shown.size() < MailRules.MAX_RULES; i++) {
      shown.add(new RuleInput("SUBJECT", "", "CONTACT_RECORD"));
    }
    model.addAttribute("rows", shown);
    model.addAttribute("errors", errors);
    model.addAttribute("fields", List.of("SUBJECT", "FROM"));
    model.addAttribute("actions", List.of("CASE", "CONTACT_RECORD"));
    model.addAttribute("textMax", MailRules.TEXT_MAX);
    return "support/mailbox/rules";
  }

  private static String at(List<String> values, int i) {
    return values == null || i >= values.size() ? null : values.get(i);
  }
}
