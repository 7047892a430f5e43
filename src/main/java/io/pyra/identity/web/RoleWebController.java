package io.pyra.identity.web;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.Scope;
import io.pyra.identity.role.Permission;
import io.pyra.identity.role.Role;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.role.SaveRole;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.Problems;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** Roles and their permission matrix: list, create, edit and delete. */
@Controller
@RequestMapping("/admin/roles")
class RoleWebController {

  private static final String FORM = "identity/roles/edit";

  /** One role as the list shows it, with its name in the reader's language. */
  record Row(
      UUID id, String code, String name, String description, boolean systemRole, long holders) {}

  /**
   * One line of the permission matrix; {@code scope} is the chosen scope's name, or null for not
   * granted.
   */
  record PermissionRow(String code, String label, String fieldId, String scope) {}

  /** The permissions of one area (a kind of record), under the area's name. */
  record PermissionArea(String area, String label, List<PermissionRow> rows) {}

  private final RoleService roles;
  private final RoleNames names;
  private final CurrentUser currentUser;
  private final FormErrors formErrors;
  private final Problems problems;
  private final MessageSource messages;

  RoleWebController(
      RoleService roles,
      RoleNames names,
      CurrentUser currentUser,
      FormErrors formErrors,
      Problems problems,
      MessageSource messages) {
    this.roles = roles;
    this.names = names;
    this.currentUser = currentUser;
    this.formErrors = formErrors;
    this.problems = problems;
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('role.read')")
  String list(
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      Locale locale) {
    Map<UUID, Long> holders = roles.holderCounts();
    model.addAttribute(
        "rows",
        roles.list().stream()
            .map(
                role ->
                    new Row(
                        role.id(),
                        role.code(),
                        names.of(role, locale),
                        role.description(),
                        role.systemRole(),
                        holders.getOrDefault(role.id(), 0L)))
            .toList());
    return htmx != null ? "identity/roles/list :: results" : "identity/roles/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAuthority('role.manage')")
  String createForm(Model model, Locale locale) {
    return showForm(new RoleForm(), null, model, locale);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAuthority('role.manage')")
  String create(
      @Valid @ModelAttribute("roleForm") RoleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        Role role =
            roles.create(
                new SaveRole(
                    form.getCode(), form.getName(), form.getDescription(), scopes(form), null));
        redirect.addFlashAttribute(
            "success", messages.getMessage("role.saved", new Object[] {role.name()}, locale));
        return "redirect:/admin/roles";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      }
    }
    return showForm(form, null, model, locale);
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize("hasAuthority('role.read')")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    Role role = roles.get(id);
    return showForm(RoleForm.of(role), role, model, locale);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize("hasAuthority('role.manage')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("roleForm") RoleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Role role = roles.get(id);
    form.setCode(role.code());
    if (!result.hasErrors()) {
      try {
        if (form.getVersion() == null) {
          throw new StaleVersionException("role", -1, role.version());
        }
        // the administrator's matrix is shown but not sent: its grants stay every permission at ALL
        Map<String, Scope> grants = role.isAdministrator() ? null : scopes(form);
        Role saved =
            roles.update(
                id,
                new SaveRole(
                    null, form.getName(), form.getDescription(), grants, form.getVersion()));
        redirect.addFlashAttribute(
            "success", messages.getMessage("role.saved", new Object[] {saved.name()}, locale));
        return "redirect:/admin/roles";
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(result, locale);
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      }
    }
    if (role.isAdministrator()) {
      form.setGrants(RoleForm.of(role).getGrants());
    }
    return showForm(form, role, model, locale);
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize("hasAuthority('role.manage')")
  String delete(
      @PathVariable UUID id,
      @RequestParam(name = "version", required = false) Long version,
      Locale locale,
      RedirectAttributes redirect) {
    Role role = roles.get(id);
    String name = names.of(role, locale);
    try {
      if (version == null) {
        throw new StaleVersionException("role", -1, role.version());
      }
      roles.delete(id, version);
      redirect.addFlashAttribute(
          "success", messages.getMessage("role.deleted", new Object[] {name}, locale));
      return "redirect:/admin/roles";
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute("error", problems.message(e.violations().get(0), locale));
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", problems.messageOf("problem.stale.detail", locale));
    }
    return "redirect:/admin/roles/" + id + "/edit";
  }

  /** The matrix as scopes; an empty choice is "not granted", an unknown one is refused. */
  private static Map<String, Scope> scopes(RoleForm form) {
    Map<String, Scope> grants = new LinkedHashMap<>();
    List<RuleViolation> violations = new ArrayList<>();
    form.getGrants()
        .forEach(
            (permission, scope) -> {
              if (scope == null || scope.isBlank()) {
                return;
              }
              try {
                grants.put(permission, Scope.valueOf(scope));
              } catch (IllegalArgumentException e) {
                violations.add(new RuleViolation("grants", "one-of", "role.scope.unknown", scope));
              }
            });
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return grants;
  }

  private String showForm(RoleForm form, Role role, Model model, Locale locale) {
    model.addAttribute("roleForm", form);
    model.addAttribute("roleId", role == null ? null : role.id());
    model.addAttribute("roleName", role == null ? null : names.of(role, locale));
    model.addAttribute("systemRole", role != null && role.systemRole());
    model.addAttribute("administrator", role != null && role.isAdministrator());
    model.addAttribute("readOnly", !currentUser.has("role.manage"));
    model.addAttribute("scopes", Scope.values());
    Map<String, List<PermissionRow>> byArea = new LinkedHashMap<>();
    for (Permission permission : roles.catalogue()) {
      byArea
          .computeIfAbsent(permission.resource(), area -> new ArrayList<>())
          .add(
              new PermissionRow(
                  permission.code(),
                  PermissionSentences.sentence(messages, permission, locale),
                  "grant-" + permission.code().replace('.', '-'),
                  form.getGrants().get(permission.code())));
    }
    List<PermissionArea> areas = new ArrayList<>();
    byArea.forEach(
        (area, rows) ->
            areas.add(
                new PermissionArea(area, PermissionSentences.area(messages, area, locale), rows)));
    model.addAttribute("permissionAreas", areas);
    return FORM;
  }
}
