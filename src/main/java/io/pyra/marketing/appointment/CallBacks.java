package io.pyra.marketing.appointment;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.customer.CustomerRef;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.interaction.InteractionApi;
import io.pyra.platform.web.LocaleConfig;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an appointment leaves in interaction: the call-back task for the agent whose visitor did not
 * come, and the contact record of a consultation with a customer. Texts in the agent's or
 * consultant's language.
 */
@Component
class CallBacks {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final InteractionApi interaction;
  private final IdentityApi identity;
  private final CustomerApi customers;
  private final LeadFacts leads;
  private final MessageSource messages;

  CallBacks(
      InteractionApi interaction,
      IdentityApi identity,
      CustomerApi customers,
      LeadFacts leads,
      MessageSource messages) {
    this.interaction = interaction;
    this.identity = identity;
    this.customers = customers;
    this.leads = leads;
    this.messages = messages;
  }

  /** A call-back task, due now, for the agent who booked the visit. */
  void afterNoShow(Appointment appointment, Instant now) {
    UserId agent = new UserId(appointment.bookedBy());
    Locale locale = language(agent);
    String when = TIME.format(appointment.startsAt().atZone(identity.timeZone(agent)));
    interaction.createTask(
        customerOf(appointment),
        agent,
        text("appointment.callBack.title", locale, visitor(appointment)),
        "CALL_BACK",
        "HIGH",
        now,
        text("appointment.callBack.notes", locale, when, "/appointments/" + appointment.id()));
  }

  /** The contact record of the consultation, or null when the visitor is not (yet) a customer. */
  UUID consultationRecord(
      Appointment appointment,
      ConsultationOutcome outcome,
      String notes,
      UUID consultant,
      Instant now) {
    CustomerId customer = customerOf(appointment);
    if (customer == null) {
      return null;
    }
    Locale locale = language(new UserId(consultant));
    String title =
        text(
            "appointment.consultation.title",
            locale,
            text("appointment.outcome." + outcome.name(), locale));
    return interaction.recordVisit(customer, new UserId(consultant), title, notes, now).value();
  }

  /** The appointment's customer, or its lead's once the lead became one. */
  CustomerId customerOf(Appointment appointment) {
    if (appointment.customerId() != null) {
      return new CustomerId(appointment.customerId());
    }
    return leads
        .find(appointment.leadId())
        .map(LeadFacts.Lead::customerId)
        .map(CustomerId::new)
        .orElse(null);
  }

  /** The visitor's name: the lead's, else the customer's. */
  String visitor(Appointment appointment) {
    if (appointment.leadId() != null) {
      return leads.find(appointment.leadId()).map(LeadFacts.Lead::name).orElse("-");
    }
    return customers
        .find(new CustomerId(appointment.customerId()))
        .map(CustomerRef::name)
        .orElse("-");
  }

  private Locale language(UserId user) {
    return identity.contact(user).map(c -> LocaleConfig.forTag(c.locale())).orElse(Locale.ENGLISH);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
