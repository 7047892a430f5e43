package io.pyra.support.web;

import io.pyra.interaction.InteractionApi;
import io.pyra.interaction.ServiceCategoryRef;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A policy by what it is for, in the reader's language: "Grade A, serious, any category". */
@Component
class SlaPolicyNames {

  private final MessageSource messages;
  private final InteractionApi interaction;

  SlaPolicyNames(MessageSource messages, InteractionApi interaction) {
    this.messages = messages;
    this.interaction = interaction;
  }

  String name(String grade, String severity, String serviceCategory, Locale locale) {
    return messages.getMessage(
        "sla.policy.name",
        new Object[] {
          messages.getMessage("sla.grade", new Object[] {grade}, locale),
          messages.getMessage("sla.severity." + severity, null, severity, locale),
          category(serviceCategory, locale)
        },
        locale);
  }

  /** The service category's name, or "any category". */
  String category(String code, Locale locale) {
    if (code == null) {
      return messages.getMessage("sla.category.any", null, locale);
    }
    return interaction
        .serviceCategory(code)
        .map(ServiceCategoryRef::name)
        .map(n -> n.in(locale))
        .orElse(code);
  }
}
