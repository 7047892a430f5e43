package io.pyra.analytics.web;

import io.pyra.analytics.grading.CustomerGrades;
import io.pyra.analytics.grading.Grade;
import io.pyra.analytics.grading.GradeOverrides;
import io.pyra.analytics.grading.GradingReport;
import io.pyra.analytics.grading.GradingScheme;
import io.pyra.analytics.grading.GradingSchemes;
import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.KeysetCursor;
import io.pyra.platform.taxonomy.TermPages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grading report page: a scheme's stored grades over the customers the reader's value.read
 * reaches, every indicator's value and score, counts per grade, the automatic grade beside a
 * manager's override; for managers, the override form per customer, "grade now" and the scheme's
 * weights.
 */
@Controller
@PreAuthorize("hasAuthority('value.read')")
class GradingWebController {

  static final int PAGE_SIZE = 100;

  private final GradingSchemes schemes;
  private final GradingReport report;
  private final CustomerGrades grades;
  private final GradeOverrides overrides;
  private final CustomerApi customers;
  private final IdentityApi identity;
  private final CurrentUser currentUser;
  private final ValueRequests requests;
  private final MessageSource messages;
  private final TermPages pages;
  private final AudienceViews audiences;

  GradingWebController(
      GradingSchemes schemes,
      GradingReport report,
      CustomerGrades grades,
      GradeOverrides overrides,
      CustomerApi customers,
      IdentityApi identity,
      CurrentUser currentUser,
      ValueRequests requests,
      MessageSource messages,
      TermPages pages,
      AudienceViews audiences) {
    this.audiences = audiences;
    this.schemes = schemes;
    this.report = report;
    this.grades = grades;
    this.overrides = overrides;
    this.customers = customers;
    this.identity = identity;
    this.currentUser = currentUser;
    this.requests = requests;
    this.messages = messages;
    this.pages = pages;
  }

  /** A graded customer as the page shows them. */
  record Row(
      int position,
      UUID id,
      String code,
      String name,
      String lateDays,
      String lateShare,
      String amount,
      String profit,
      String growth,
      String creditScore,
      String amountScore,
      String profitScore,
      String growthScore,
      String score,
      String grade,
      String overrideGrade,
      String overrideReason,
      String overrideUntil,
      String overrideBy,
      String effective) {}

  @GetMapping("/analytics/grades")
  String page(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String cursor,
      Model model,
      Locale locale) {
    GradingScheme chosen = chosen(scheme);
    Optional<Grade> only = Grade.of(grade);
    long after = 0;
    try {
      KeysetCursor decoded = GradingRestController.POSITION.decode(cursor);
      after = decoded == null ? 0 : decoded.number(0);
    } catch (BusinessRuleException e) {
      after = 0;
    }
    LocalDate today = requests.today();
    var reach = requests.namedCustomers(currentUser.visibility(ValueRequests.READ));
    List<GradingReport.Row> rows =
        new ArrayList<>(
            report.rows(chosen, reach, today, only, Math.toIntExact(after), PAGE_SIZE + 1));
    String next = null;
    if (rows.size() > PAGE_SIZE) {
      rows.remove(PAGE_SIZE);
      next = GradingRestController.POSITION.encode((long) rows.get(PAGE_SIZE - 1).position());
    }
    Map<UserId, String> names =
        identity.displayNames(
            rows.stream()
                .map(GradingReport.Row::override)
                .filter(Objects::nonNull)
                .map(GradeOverrides.Override::setBy)
                .filter(Objects::nonNull)
                .map(UserId::new)
                .distinct()
                .toList());
    model.addAttribute("schemes", schemes.list());
    model.addAttribute("scheme", chosen);
    model.addAttribute("audience", audiences.words(chosen.audience(), locale));
    model.addAttribute("grade", only.map(Grade::name).orElse(""));
    model.addAttribute("grades", Grade.values());
    model.addAttribute("asOf", report.computedAsOf(chosen).orElse(null));
    model.addAttribute(
        "counts",
        requests.seesEveryone(currentUser.visibility(ValueRequests.READ))
            ? report.countsOfEveryone(chosen, today)
            : report.counts(chosen, reach, today));
    model.addAttribute("rows", rows.stream().map(r -> row(r, names)).toList());
    model.addAttribute("next", next);
    return "analytics/grades";
  }

  @PostMapping("/analytics/grades/compute")
  @PreAuthorize("hasAuthority('value.manage')")
  String compute(
      @RequestParam(required = false) String scheme, Locale locale, RedirectAttributes redirect) {
    GradingScheme chosen = chosen(scheme);
    CustomerGrades.Computed computed = grades.compute(chosen, requests.today());
    redirect.addFlashAttribute(
        "success",
        messages.getMessage(
            "grading.computed",
            new Object[] {computed.customers(), computed.asOf().toString()},
            locale));
    return "redirect:/analytics/grades?scheme=" + chosen.code();
  }

  @GetMapping("/analytics/grades/override/{id}")
  @PreAuthorize("hasAuthority('value.manage')")
  String overrideForm(
      @PathVariable String id, @RequestParam(required = false) String scheme, Model model) {
    CustomerRef customer = manageable(id);
    OverrideForm form = new OverrideForm();
    overrides
        .of(customer.id().value())
        .ifPresent(
            o -> {
              form.setGrade(o.grade().name());
              form.setReason(o.reason());
              form.setExpiresOn(o.expiresOn() == null ? null : o.expiresOn().toString());
            });
    model.addAttribute("overrideForm", form);
    return overridePage(customer, chosen(scheme), model);
  }

  @PostMapping("/analytics/grades/override/{id}")
  @PreAuthorize("hasAuthority('value.manage')")
  String override(
      @PathVariable String id,
      @RequestParam(required = false) String scheme,
      @Valid @ModelAttribute("overrideForm") OverrideForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    CustomerRef customer = manageable(id);
    GradingScheme chosen = chosen(scheme);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          GradeOverrides.Override set =
              overrides.set(
                  customer.id().value(),
                  form.getGrade(),
                  form.getReason(),
                  form.getExpiresOn(),
                  requests.today(),
                  currentUser.id().map(UserId::value).orElse(null));
          redirect.addFlashAttribute(
              "success",
              messages.getMessage(
                  "grading.override.saved",
                  new Object[] {customer.code(), set.grade().name()},
                  locale));
          return "redirect:/analytics/grades?scheme=" + chosen.code();
        },
        () -> overridePage(customer, chosen, model));
  }

  @PostMapping("/analytics/grades/override/{id}/remove")
  @PreAuthorize("hasAuthority('value.manage')")
  String removeOverride(
      @PathVariable String id,
      @RequestParam(required = false) String scheme,
      Locale locale,
      RedirectAttributes redirect) {
    CustomerRef customer = manageable(id);
    overrides.remove(customer.id().value());
    redirect.addFlashAttribute(
        "success",
        messages.getMessage("grading.override.removed", new Object[] {customer.code()}, locale));
    return "redirect:/analytics/grades?scheme=" + chosen(scheme).code();
  }

  @GetMapping("/analytics/grading-schemes/{code}/edit")
  @PreAuthorize("hasAuthority('value.manage')")
  String editScheme(@PathVariable String code, Model model, Locale locale) {
    GradingScheme scheme = known(code);
    GradingSchemeForm form =
        GradingSchemeForm.of(
            scheme,
            audiences.orgUnitCode(scheme.audience()),
            audiences.sectorCode(scheme.audience()));
    model.addAttribute("gradingSchemeForm", form);
    model.addAttribute("scheme", scheme);
    audiences.options(model, locale, form.getAudienceOrgUnit(), form.getAudienceSector());
    return "analytics/grading-scheme";
  }

  @PostMapping("/analytics/grading-schemes/{code}/edit")
  @PreAuthorize("hasAuthority('value.manage')")
  String saveScheme(
      @PathVariable String code,
      @Valid @ModelAttribute("gradingSchemeForm") GradingSchemeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    GradingScheme scheme = known(code);
    model.addAttribute("scheme", scheme);
    return pages.save(
        result,
        locale,
        response,
        () -> {
          schemes.update(scheme, form.input(scheme.code()));
          redirect.addFlashAttribute(
              "success",
              messages.getMessage("grading.form.saved", new Object[] {scheme.code()}, locale));
          return "redirect:/analytics/grades?scheme=" + scheme.code();
        },
        () -> {
          audiences.options(model, locale, form.getAudienceOrgUnit(), form.getAudienceSector());
          return "analytics/grading-scheme";
        });
  }

  private String overridePage(CustomerRef customer, GradingScheme scheme, Model model) {
    model.addAttribute("customer", customer);
    model.addAttribute("scheme", scheme);
    model.addAttribute("grades", Grade.values());
    model.addAttribute(
        "current", report.of(scheme, customer.id().value(), requests.today()).orElse(null));
    model.addAttribute("overridden", overrides.of(customer.id().value()).isPresent());
    model.addAttribute("today", requests.today());
    return "analytics/grade-override";
  }

  private GradingScheme chosen(String code) {
    return schemes
        .byCode(code == null ? GradingSchemes.SHIPPED : code)
        .orElseGet(() -> schemes.byCode(GradingSchemes.SHIPPED).orElseThrow());
  }

  private GradingScheme known(String code) {
    return schemes
        .byCode(code)
        .orElseThrow(() -> new RecordNotFoundException("grading_scheme", code));
  }

  private CustomerRef manageable(String id) {
    try {
      return customers.require(ValueRequests.MANAGE, new CustomerId(UUID.fromString(id)));
    } catch (IllegalArgumentException e) {
      throw new RecordNotFoundException("customer", id);
    }
  }

  private static Row row(GradingReport.Row r, Map<UserId, String> names) {
    GradeOverrides.Override o = r.override();
    return new Row(
        r.position(),
        r.customerId(),
        r.code(),
        r.name(),
        r.lateDays().setScale(2, RoundingMode.HALF_UP).toPlainString(),
        percent(r.lateShare()),
        money(r.amount()),
        money(r.profit()),
        r.growth() == null ? "—" : String.valueOf(r.growth()),
        score(r.creditScore()),
        score(r.amountScore()),
        score(r.profitScore()),
        score(r.growthScore()),
        score(r.score()),
        r.grade().name(),
        o == null ? null : o.grade().name(),
        o == null ? null : o.reason(),
        o == null || o.expiresOn() == null ? null : o.expiresOn().toString(),
        o == null || o.setBy() == null ? null : names.get(new UserId(o.setBy())),
        r.effective().name());
  }

  private static String score(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String percent(BigDecimal fraction) {
    return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + " %";
  }

  private static String money(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
  }
}
