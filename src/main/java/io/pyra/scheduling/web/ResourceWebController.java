package io.pyra.scheduling.web;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserSummary;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import io.pyra.sales.CatalogueItem;
import io.pyra.sales.SalesApi;
import io.pyra.scheduling.resource.Resource;
import io.pyra.scheduling.resource.ResourceAccess;
import io.pyra.scheduling.resource.ResourceDirectory;
import io.pyra.scheduling.resource.ResourceKind;
import io.pyra.scheduling.resource.ResourceRow;
import io.pyra.scheduling.resource.ResourceService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The resource form (new and edit, carrying the version: a stale save is a 409 with the conflict
 * message) and taking a resource out of use and back. A refusal shows the form again with the
 * reasons (422) and changes nothing.
 */
@Controller
@PreAuthorize("hasAuthority('resource.manage')")
class ResourceWebController {

  private final ResourceService resources;
  private final ResourceDirectory directory;
  private final ResourceAccess access;
  private final IdentityApi identity;
  private final SalesApi sales;
  private final FormErrors formErrors;
  private final Problems problems;

  ResourceWebController(
      ResourceService resources,
      ResourceDirectory directory,
      ResourceAccess access,
      IdentityApi identity,
      SalesApi sales,
      FormErrors formErrors,
      Problems problems) {
    this.resources = resources;
    this.directory = directory;
    this.access = access;
    this.identity = identity;
    this.sales = sales;
    this.formErrors = formErrors;
    this.problems = problems;
  }

  @GetMapping("/resources/new")
  String createForm(@RequestParam(required = false) String kind, Model model) {
    ResourceForm form = new ResourceForm();
    form.setKind(kind == null ? ResourceKind.ROOM.name() : kind);
    List<?> units = access.manageableUnits();
    if (units.size() == 1) {
      form.setOrgUnitId(access.manageableUnits().getFirst().id().value());
    }
    return edit(null, form, model);
  }

  @PostMapping("/resources")
  String create(
      @Valid @ModelAttribute("resourceForm") ResourceForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    if (!binding.hasErrors()) {
      try {
        Resource resource = resources.create(form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("resource.created", locale, resource.name()));
        return "redirect:/resources/" + resource.id();
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      }
    }
    response.setStatus(422);
    return edit(null, form, model);
  }

  @GetMapping("/resources/{id}/edit")
  String editForm(@PathVariable UUID id, Model model) {
    resources.writable(id);
    ResourceRow row = row(id);
    List<UUID> courses = directory.courses(id).stream().map(c -> c.id().value()).toList();
    return edit(row, ResourceForm.of(row, courses), model);
  }

  @PostMapping("/resources/{id}")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("resourceForm") ResourceForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    resources.writable(id);
    int status = 422;
    if (!binding.hasErrors()) {
      try {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        Resource resource = resources.update(id, version, form.command());
        redirect.addFlashAttribute(
            "success", problems.messageOf("resource.saved", locale, resource.name()));
        return "redirect:/resources/" + id;
      } catch (BusinessRuleException e) {
        formErrors.bind(e, binding, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(binding, locale);
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    response.setStatus(status);
    return edit(row(id), form, model);
  }

  @PostMapping("/resources/{id}/deactivation")
  String deactivate(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    return activate(id, version, false, locale, redirect);
  }

  @PostMapping("/resources/{id}/activation")
  String reactivate(
      @PathVariable UUID id,
      @RequestParam(required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    return activate(id, version, true, locale, redirect);
  }

  private String activate(
      UUID id, Long version, boolean active, Locale locale, RedirectAttributes redirect) {
    try {
      Resource resource = resources.activate(id, version, active);
      redirect.addFlashAttribute(
          "success",
          problems.messageOf(
              active ? "resource.activated" : "resource.deactivated", locale, resource.name()));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/resources/" + id;
  }

  private String edit(ResourceRow row, ResourceForm form, Model model) {
    model.addAttribute("resourceForm", form);
    model.addAttribute("resource", row);
    model.addAttribute("kinds", ResourceKind.values());
    List<OrgUnitSummary> units = access.manageableUnits();
    Set<OrgUnitId> unitIds =
        units.stream().map(OrgUnitSummary::id).collect(Collectors.toUnmodifiableSet());
    model.addAttribute("orgUnits", units);
    model.addAttribute(
        "instructors",
        identity.activeUsers().stream()
            .filter(user -> unitIds.contains(user.orgUnitId()))
            .sorted(Comparator.comparing(UserSummary::displayName))
            .limit(500)
            .toList());
    model.addAttribute(
        "products", sales.catalogueItems().stream().filter(c -> !c.category()).toList());
    return "scheduling/resources/edit";
  }

  private ResourceRow row(UUID id) {
    return directory
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(ResourceService.RECORD_TYPE, id));
  }

  static String courseName(CatalogueItem item, Locale locale) {
    return item.code() + " " + item.name().in(locale);
  }
}
