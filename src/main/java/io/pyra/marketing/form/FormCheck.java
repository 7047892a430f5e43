package io.pyra.marketing.form;

import io.pyra.platform.EmailAddress;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.validation.InputLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a posted form into a lead, or names each field that breaks a rule: a name, a way to reach
 * the visitor (a phone or an e-mail that can be read), a centre of the form's list, the consent
 * when it is required, and every text within its length.
 */
@Component
class FormCheck {

  private final InputLimits limits;
  private final PhoneNumbers phones;
  private final FormCentres centres;
  private final WebFormProperties properties;

  FormCheck(
      InputLimits limits, PhoneNumbers phones, FormCentres centres, WebFormProperties properties) {
    this.limits = limits;
    this.phones = phones;
    this.centres = centres;
    this.properties = properties;
  }

  /** The checked lead, or the broken rules (never both). */
  record Outcome(FormLead lead, List<RuleViolation> violations) {}

  Outcome check(FormCampaign campaign, LeadFormInput input, String clientAddress) {
    List<RuleViolation> violations = new ArrayList<>(limits.violations(input));
    if (!violations.isEmpty()) {
      return new Outcome(null, violations);
    }
    String name = trimmed(input.getName());
    if (name == null) {
      violations.add(new RuleViolation("name", "required", "leadform.error.name"));
    }
    String phoneText = trimmed(input.getPhone());
    String emailText = trimmed(input.getEmail());
    String phone = null;
    String email = null;
    if (phoneText != null) {
      phone = phones.toE164(phoneText).orElse(null);
      if (phone == null) {
        violations.add(new RuleViolation("phone", "phone", "leadform.error.phone"));
      }
    }
    if (emailText != null) {
      email = EmailAddress.parse(emailText).map(EmailAddress::value).orElse(null);
      if (email == null) {
        violations.add(new RuleViolation("email", "email", "leadform.error.email"));
      }
    }
    if (phoneText == null && emailText == null) {
      violations.add(new RuleViolation("phone", "reachable", "leadform.error.reachable"));
    }
    UUID centreId = null;
    String centre = trimmed(input.getCentre());
    if (centre != null) {
      Optional<FormCentres.Centre> chosen = centres.byCode(campaign, centre);
      if (chosen.isEmpty()) {
        violations.add(new RuleViolation("centre", "one-of", "leadform.error.centre"));
      } else {
        centreId = chosen.get().id();
      }
    }
    if (properties.consentRequired() && !input.isContactConsent()) {
      violations.add(new RuleViolation("contactConsent", "required", "leadform.error.consent"));
    }
    if (!violations.isEmpty()) {
      return new Outcome(null, violations);
    }
    return new Outcome(
        new FormLead(
            campaign,
            name,
            phone,
            email,
            centreId,
            trimmed(input.getMessage()),
            input.isEmailOptIn() && email != null,
            input.isSmsOptIn() && phone != null,
            input.isContactConsent() && phone != null,
            clientAddress),
        List.of());
  }

  private static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
