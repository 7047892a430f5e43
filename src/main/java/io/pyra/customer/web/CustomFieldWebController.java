package io.pyra.customer.web;

import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.FieldType;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator defines the custom fields that customers carry. */
@Controller
@RequestMapping("/admin/customer-fields")
@PreAuthorize("hasAuthority('customer.configure')")
class CustomFieldWebController {

  private final CustomFieldService fields;
  private final FormErrors formErrors;
  private final MessageSource messages;

  CustomFieldWebController(
      CustomFieldService fields, FormErrors formErrors, MessageSource messages) {
    this.fields = fields;
    this.formErrors = formErrors;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("fields", fields.all());
    return "customer/fields/list";
  }

  @GetMapping("/new")
  String createForm(Model model, Locale locale) {
    return edit(new CustomFieldForm(), null, model, locale);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("fieldForm") CustomFieldForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        CustomField field = fields.create(form.toCommand());
        redirect.addFlashAttribute(
            "success",
            messages.getMessage("customfield.saved", new Object[] {field.label(locale)}, locale));
        return "redirect:/admin/customer-fields";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      }
    }
    return edit(form, null, model, locale);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    CustomField field = fields.get(id);
    return edit(CustomFieldForm.of(field), field, model, locale);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("fieldForm") CustomFieldForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    CustomField field = fields.get(id);
    form.setCode(field.code());
    form.setType(field.type().name());
    if (!result.hasErrors()) {
      try {
        fields.update(id, form.toCommand());
        redirect.addFlashAttribute(
            "success",
            messages.getMessage("customfield.saved", new Object[] {form.getLabelEn()}, locale));
        return "redirect:/admin/customer-fields";
      } catch (BusinessRuleException e) {
        formErrors.bind(e, result, locale);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        formErrors.stale(result, locale);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
      }
    }
    return edit(form, field, model, locale);
  }

  private String edit(CustomFieldForm form, CustomField field, Model model, Locale locale) {
    model.addAttribute("fieldForm", form);
    model.addAttribute("field", field);
    model.addAttribute(
        "typeOptions",
        Arrays.stream(FieldType.values())
            .map(
                t ->
                    List.of(
                        t.name(),
                        messages.getMessage("customfield.type." + t.name(), null, locale)))
            .toList());
    return "customer/fields/edit";
  }
}
