package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.money.BaseCurrency;
import io.pyra.sales.money.ExchangeRates;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sales settings page: the base currency and the exchange rates (add a rate from a day). */
@Controller
class SalesSettingsWebController {

  private final BaseCurrency base;
  private final ExchangeRates rates;
  private final Problems problems;

  SalesSettingsWebController(BaseCurrency base, ExchangeRates rates, Problems problems) {
    this.base = base;
    this.rates = rates;
    this.problems = problems;
  }

  @PreAuthorize("hasAuthority('sales.settings')")
  @GetMapping("/settings/sales")
  String page(Model model) {
    model.addAttribute("setting", base.setting());
    model.addAttribute("rates", rates.all());
    return "sales/settings/sales";
  }

  @PreAuthorize("hasAuthority('sales.settings')")
  @PostMapping("/settings/sales/base-currency")
  String baseCurrency(
      @RequestParam(defaultValue = "") String baseCurrency,
      @RequestParam(defaultValue = "-1") long version,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      BaseCurrency.Setting setting = base.change(baseCurrency, version);
      redirect.addFlashAttribute(
          "success", problems.messageOf("sales.settings.saved", locale, setting.currency()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/settings/sales";
  }

  @PreAuthorize("hasAuthority('sales.settings')")
  @PostMapping("/settings/sales/rates")
  String addRate(
      @RequestParam(defaultValue = "") String currency,
      @RequestParam(defaultValue = "") String validFrom,
      @RequestParam(defaultValue = "") String rate,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      ExchangeRates.Rate added = rates.add(currency, validFrom, rate);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf(
              "sales.rate.added",
              locale,
              added.currency(),
              added.rate().toPlainString(),
              added.validFrom().toString()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(
          "error",
          e.violations().stream()
              .map(v -> problems.message(v, locale))
              .reduce((a, b) -> a + " " + b)
              .orElse(""));
      redirect.addFlashAttribute("rateCurrency", currency);
      redirect.addFlashAttribute("rateValidFrom", validFrom);
      redirect.addFlashAttribute("rateValue", rate);
    }
    return "redirect:/settings/sales";
  }
}
