package io.pyra.identity.web;

import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.orgunit.OrgUnitKind;
import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization tree: list, create, edit and delete org units. */
@Controller
@RequestMapping("/admin/org-units")
class OrgUnitWebController {

  private static final String FORM = "identity/org-units/edit";

  /** One line of the tree as the list shows it; {@code depth} is relative to the top unit shown. */
  record Row(
      UUID id,
      int depth,
      OrgUnitKind kind,
      String code,
      String name,
      String timeZone,
      long users,
      boolean manageable) {}

  private final OrgUnitService units;
  private final OrgUnitAccess access;
  private final FormErrors formErrors;
  private final Problems problems;
  private final MessageSource messages;

  OrgUnitWebController(
      OrgUnitService units,
      OrgUnitAccess access,
      FormErrors formErrors,
      Problems problems,
      MessageSource messages) {
    this.units = units;
    this.access = access;
    this.formErrors = formErrors;
    this.problems = problems;
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('org-unit.read')")
  String list(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    List<OrgUnit> tree = access.readableTree();
    Map<UUID, Long> members = units.memberCounts();
    int top = tree.stream().mapToInt(OrgUnit::depth).min().orElse(0);
    model.addAttribute(
        "rows",
        tree.stream()
            .map(
                unit ->
                    new Row(
                        unit.id(),
                        Math.min(unit.depth() - top, 4),
                        unit.kind(),
                        unit.code(),
                        unit.name(),
                        unit.timeZone().getId(),
                        members.getOrDefault(unit.id(), 0L),
                        access.canManage(unit)))
            .toList());
    return htmx != null ? "identity/org-units/list :: results" : "identity/org-units/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAuthority('org-unit.manage')")
  String createForm(
      @RequestParam(name = "parent", required = false) UUID parentId, Model model, Locale locale) {
    OrgUnitForm form = new OrgUnitForm();
    OrgUnit parent =
        parentId != null
            ? access.manageable(parentId)
            : access.manageableTree().stream().findFirst().orElse(null);
    if (parent != null) {
      form.setParentId(parent.id());
      form.setKind(levelBelow(parent.kind()));
      form.setTimeZone(parent.timeZone().getId());
    }
    return showForm(form, null, model, locale);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAuthority('org-unit.manage')")
  String create(
      @Valid @ModelAttribute("orgUnitForm") OrgUnitForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        access.checkParent(form.getParentId());
        OrgUnit unit = units.create(form.toCommand());
        redirect.addFlashAttribute(
            "success", messages.getMessage("orgunit.saved", new Object[] {unit.name()}, locale));
        return "redirect:/admin/org-units";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      }
    }
    return showForm(form, null, model, locale);
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize("hasAuthority('org-unit.manage')")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    OrgUnit unit = access.manageable(id);
    return showForm(OrgUnitForm.of(unit), unit, model, locale);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize("hasAuthority('org-unit.manage')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("orgUnitForm") OrgUnitForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    OrgUnit unit = access.manageable(id);
    if (!result.hasErrors()) {
      try {
        if (form.getVersion() == null) {
          throw new StaleVersionException("org-unit", -1, unit.version());
        }
        if (!Objects.equals(form.getParentId(), unit.parentId())) {
          access.checkParent(form.getParentId());
        }
        OrgUnit saved = units.update(id, form.toCommand());
        redirect.addFlashAttribute(
            "success", messages.getMessage("orgunit.saved", new Object[] {saved.name()}, locale));
        return "redirect:/admin/org-units";
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(result, locale);
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      }
    }
    return showForm(form, unit, model, locale);
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize("hasAuthority('org-unit.manage')")
  String delete(
      @PathVariable UUID id,
      @RequestParam(name = "version", required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    OrgUnit unit = access.manageable(id);
    try {
      if (version == null) {
        throw new StaleVersionException("org-unit", -1, unit.version());
      }
      units.delete(id, version);
      redirect.addFlashAttribute(
          "success", messages.getMessage("orgunit.deleted", new Object[] {unit.name()}, locale));
      return "redirect:/admin/org-units";
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/admin/org-units/" + id + "/edit";
  }

  private String showForm(OrgUnitForm form, OrgUnit unit, Model model, Locale locale) {
    model.addAttribute("orgUnitForm", form);
    model.addAttribute("unitId", unit == null ? null : unit.id());
    model.addAttribute("unitName", unit == null ? null : unit.name());
    model.addAttribute("top", unit != null && unit.parentId() == null);
    model.addAttribute("parentOptions", parentOptions(unit));
    model.addAttribute(
        "kindOptions",
        Arrays.stream(OrgUnitKind.values())
            .map(
                kind ->
                    List.of(
                        kind.name(),
                        messages.getMessage(
                            "orgunit.kind." + kind.name(), null, kind.name(), locale)))
            .toList());
    return FORM;
  }

  /**
   * The units a unit may be placed under, indented: those in reach, never the unit itself or its
   * own units.
   */
  private List<List<String>> parentOptions(OrgUnit unit) {
    List<OrgUnit> candidates =
        new ArrayList<>(
            access.manageableTree().stream()
                .filter(
                    other ->
                        unit == null || !(other.id().equals(unit.id()) || unit.isAncestorOf(other)))
                .toList());
    if (unit != null
        && unit.parentId() != null
        && candidates.stream().noneMatch(o -> o.id().equals(unit.parentId()))) {
      units.find(unit.parentId()).ifPresent(parent -> candidates.add(0, parent));
    }
    int top = candidates.stream().mapToInt(OrgUnit::depth).min().orElse(0);
    return candidates.stream()
        .map(
            o ->
                List.of(
                    o.id().toString(),
                    "\u2003".repeat(Math.max(0, o.depth() - top))
                        + o.name()
                        + " ("
                        + o.code()
                        + ")"))
        .toList();
  }

  private static OrgUnitKind levelBelow(OrgUnitKind kind) {
    OrgUnitKind[] kinds = OrgUnitKind.values();
    return kinds[Math.min(kind.ordinal() + 1, kinds.length - 1)];
  }
}
