package io.pyra.interaction.web;

import io.pyra.customer.CustomerRef;
import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.ContactDirection;
import io.pyra.interaction.job.Countries;
import io.pyra.interaction.job.JobQueries;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.interaction.type.TypeNode;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices of the log-a-contact form: types by hierarchy, channels, directions, the customer's
 * contacts and jobs.
 */
@Component
class RecordFormOptions {

  private final InteractionTypeService types;
  private final CustomerLinks customers;
  private final JobQueries jobs;
  private final MessageSource messages;

  RecordFormOptions(
      InteractionTypeService types,
      CustomerLinks customers,
      JobQueries jobs,
      MessageSource messages) {
    this.types = types;
    this.customers = customers;
    this.jobs = jobs;
    this.messages = messages;
  }

  void addTo(Model model, CustomerRef customer, Locale locale) {
    model.addAttribute("customer", customer);
    model.addAttribute(
        "typeOptions",
        types.tree().stream()
            .filter(TypeNode::usable)
            .map(n -> List.of(n.type().code(), InteractionTypeWebController.label(n, locale)))
            .toList());
    model.addAttribute(
        "channelOptions",
        java.util.Arrays.stream(ContactChannel.values())
            .map(
                c ->
                    List.of(
                        c.name(),
                        messages.getMessage("interaction.channel." + c.name(), null, locale)))
            .toList());
    model.addAttribute(
        "directionOptions",
        java.util.Arrays.stream(ContactDirection.values())
            .map(
                d ->
                    List.of(
                        d.name(),
                        messages.getMessage("interaction.direction." + d.name(), null, locale)))
            .toList());
    model.addAttribute(
        "contactOptions",
        customers.contacts(customer.id().value()).stream()
            .map(
                k ->
                    List.of(
                        k.id().toString(),
                        k.title() == null ? k.name() : k.name() + " · " + k.title()))
            .toList());
    model.addAttribute(
        "jobOptions",
        jobs.ofCustomer(customer.id().value(), JobQueries.MAX_LIMIT).stream()
            .map(j -> List.of(j.id().toString(), j.code() + " " + j.name()))
            .toList());
    model.addAttribute("countryOptions", Countries.options(locale));
    model.addAttribute(
        "canOverride", customers.reaches("interaction.override", customer.id().value()));
  }

  /** The choices of the list filters: every type (deactivated ones too) and every channel. */
  void addFilterOptions(Model model, Locale locale) {
    model.addAttribute(
        "typeOptions",
        types.tree().stream()
            .map(n -> List.of(n.type().code(), InteractionTypeWebController.label(n, locale)))
            .toList());
    model.addAttribute(
        "channelOptions",
        java.util.Arrays.stream(ContactChannel.values())
            .map(
                c ->
                    List.of(
                        c.name(),
                        messages.getMessage("interaction.channel." + c.name(), null, locale)))
            .toList());
  }

  /** The API's names of the override's fields and the form's. */
  private static final Map<String, String> FORM_FIELDS =
      Map.of(
          "override.reason",
          "overrideReason",
          "override.supervisor.username",
          "supervisorUsername",
          "override.supervisor.password",
          "supervisorPassword");

  /**
   * The same violations, named as the form's fields ({@code override.reason} of the API is {@code
   * overrideReason}).
   */
  static BusinessRuleException forForm(BusinessRuleException e) {
    if (e.violations().stream().noneMatch(RecordFormOptions::overrideField)) {
      return e;
    }
    return new BusinessRuleException(
        e.violations().stream()
            .map(
                v ->
                    overrideField(v)
                        ? new RuleViolation(
                            FORM_FIELDS.get(v.field()), v.rule(), v.messageKey(), v.args())
                        : v)
            .toList());
  }

  static boolean refusedByPolicy(BusinessRuleException e) {
    return e.violations().stream()
        .anyMatch(
            v ->
                "follow-up-policy".equals(v.rule())
                    || "override".equals(v.field())
                    || overrideField(v));
  }

  private static boolean overrideField(RuleViolation v) {
    return v.field() != null && FORM_FIELDS.containsKey(v.field());
  }
}
