package io.pyra.identity.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserAccount;
import io.pyra.identity.user.UserDirectory;
import io.pyra.identity.user.UserFilter;
import io.pyra.identity.user.UserRow;
import io.pyra.identity.user.UserService;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.Slice;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The administration of users: a filtered list, and one form to create or change a user. */
@Controller
@RequestMapping("/admin/users")
class UserWebController {

  private static final int PAGE_SIZE = 25;

  private final UserService users;
  private final UserDirectory directory;
  private final UserAccess access;
  private final RoleService roles;
  private final FormErrors formErrors;
  private final MessageSource messages;

  UserWebController(
      UserService users,
      UserDirectory directory,
      UserAccess access,
      RoleService roles,
      FormErrors formErrors,
      MessageSource messages) {
    this.users = users;
    this.directory = directory;
    this.access = access;
    this.roles = roles;
    this.formErrors = formErrors;
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize("hasAuthority('user.read')")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) UUID orgUnitId,
      @RequestParam(required = false) UUID roleId,
      @RequestParam(required = false) Boolean active,
      @RequestParam(required = false) String cursor,
      HtmxRequest htmx,
      HttpServletResponse response,
      Model model) {
    UserFilter filter = new UserFilter(q, orgUnitId, roleId, active);
    Slice<UserRow> slice;
    try {
      slice = directory.search(filter, access.read(), cursor, PAGE_SIZE);
    } catch (BusinessRuleException e) {
      // a cursor mangled in the address bar: start from the first page
      cursor = null;
      slice = directory.search(filter, access.read(), null, PAGE_SIZE);
    }
    model.addAttribute("filter", filter);
    model.addAttribute("users", slice.items());
    model.addAttribute(
        "manageable",
        slice.items().stream()
            .filter(access::mayManage)
            .map(UserRow::id)
            .collect(Collectors.toSet()));
    model.addAttribute(
        "nextUrl", slice.nextCursor() == null ? null : listUrl(filter, slice.nextCursor()));
    model.addAttribute("firstUrl", cursor == null ? null : listUrl(filter, null));
    response.addHeader("Vary", "HX-Request");
    if (htmx.isHtmxRequest()) {
      return "identity/users/list :: results";
    }
    model.addAttribute("orgUnitOptions", access.visibleOrgUnits());
    model.addAttribute("roles", roles.list());
    return "identity/users/list";
  }

  @GetMapping("/new")
  @PreAuthorize("hasAuthority('user.manage')")
  String createForm(Model model) {
    access.mayCreateIn(null);
    model.addAttribute("form", new UserForm());
    return edit(model, null);
  }

  @PostMapping
  @PreAuthorize("hasAuthority('user.manage')")
  String create(
      @Valid @ModelAttribute("form") UserForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    access.mayCreateIn(form.getOrgUnitId());
    if (binding.hasErrors()) {
      return edit(model, null);
    }
    UserAccount created;
    try {
      access.supervisorVisible(form.getSupervisorId());
      access.mayAssign(form.getRoleIds(), List.of());
      created = users.create(form.toCommand());
    } catch (BusinessRuleException e) {
      formErrors.bind(e, binding, locale);
      return edit(model, null);
    }
    redirect.addFlashAttribute(
        "success", messages.getMessage("users.created", new Object[] {created.username()}, locale));
    return "redirect:/admin/users";
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize("hasAuthority('user.manage')")
  String editForm(@PathVariable UUID id, Model model) {
    UserRow user = access.manageable(id);
    model.addAttribute("form", UserForm.of(user));
    return edit(model, user);
  }

  @PostMapping("/{id}")
  @PreAuthorize("hasAuthority('user.manage')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") UserForm form,
      BindingResult binding,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UserRow user = access.manageable(id);
    form.setUsername(user.username());
    if (!Objects.equals(form.getOrgUnitId(), user.orgUnitId())) {
      access.mayPlaceIn(form.getOrgUnitId());
    }
    if (binding.hasErrors()) {
      return edit(model, user);
    }
    try {
      if (!Objects.equals(form.getSupervisorId(), user.supervisorId())) {
        access.supervisorVisible(form.getSupervisorId());
      }
      access.mayAssign(form.getRoleIds(), user.roleIds());
      users.update(id, form.toCommand());
    } catch (BusinessRuleException e) {
      formErrors.bind(e, binding, locale);
      return edit(model, user);
    } catch (StaleVersionException | OptimisticLockingFailureException e) {
      formErrors.stale(binding, locale);
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return edit(model, user);
    }
    redirect.addFlashAttribute(
        "success", messages.getMessage("users.saved", new Object[] {user.username()}, locale));
    return "redirect:/admin/users";
  }

  private String edit(Model model, UserRow user) {
    UserForm form = (UserForm) model.getAttribute("form");
    form.setPassword(null);
    model.addAttribute("user", user);
    model.addAttribute("orgUnitOptions", access.placeableOrgUnits());
    model.addAttribute(
        "supervisorOptions",
        access.supervisors(form.getSupervisorId(), user == null ? null : user.id()));
    model.addAttribute("roles", roles.list());
    return "identity/users/edit";
  }

  private static String listUrl(UserFilter filter, String cursor) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/users");
    if (filter.text() != null) {
      url.queryParam("q", filter.text());
    }
    if (filter.orgUnitId() != null) {
      url.queryParam("orgUnitId", filter.orgUnitId());
    }
    if (filter.roleId() != null) {
      url.queryParam("roleId", filter.roleId());
    }
    if (filter.active() != null) {
      url.queryParam("active", filter.active());
    }
    if (cursor != null) {
      url.queryParam("cursor", cursor);
    }
    return url.encode().build().toUriString();
  }
}
