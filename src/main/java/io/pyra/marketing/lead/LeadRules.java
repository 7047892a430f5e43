package io.pyra.marketing.lead;

import io.pyra.identity.IdentityApi;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.error.RuleViolation;
import io.pyra.sales.CatalogueItem;
import io.pyra.sales.CatalogueItemId;
import io.pyra.sales.SalesApi;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks of what a lead is, shared by the form, the API, the import and the public web form:
 * each broken field is one {@link RuleViolation} naming it; the values come back normalized.
 */
@Component
public class LeadRules {

  public static final int NAME_MAX = 200;
  public static final int PHONE_MAX = 40;
  public static final int EMAIL_MAX = 254;
  public static final int NOTES_MAX = 2000;
  public static final int REASON_MAX = 500;

  private final PhoneNumbers phones;
  private final SalesApi sales;
  private final IdentityApi identity;
  private final JdbcClient jdbc;

  LeadRules(PhoneNumbers phones, SalesApi sales, IdentityApi identity, JdbcClient jdbc) {
    this.phones = phones;
    this.sales = sales;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  LeadDetails details(SaveLead command, List<RuleViolation> violations) {
    LeadSource source = source(command.source(), violations);
    UUID campaignId = command.campaignId();
    if (campaignId != null
        && jdbc.sql("select count(*) from marketing_campaign where id = :id")
                .param("id", campaignId)
                .query(Long.class)
                .single()
            == 0) {
      violations.add(new RuleViolation("campaignId", "not-found", "lead.campaign.not-found"));
    }
    String name = clean(command.name());
    if (name == null) {
      violations.add(new RuleViolation("name", "required", "lead.name.required"));
    } else if (name.length() > NAME_MAX) {
      violations.add(new RuleViolation("name", "size", "lead.name.size", NAME_MAX));
    }
    String phone = phone("phone", command.phone(), violations);
    String phoneOther = phone("phoneOther", command.phoneOther(), violations);
    String email = null;
    String typedEmail = clean(command.email());
    if (typedEmail != null) {
      Optional<EmailAddress> parsed =
          typedEmail.length() > EMAIL_MAX ? Optional.empty() : EmailAddress.parse(typedEmail);
      if (parsed.isEmpty()) {
        violations.add(new RuleViolation("email", "format", "lead.email.invalid", EMAIL_MAX));
      } else {
        email = parsed.get().value();
      }
    }
    if (clean(command.phone()) == null
        && clean(command.phoneOther()) == null
        && typedEmail == null) {
      violations.add(new RuleViolation("phone", "reachable", "lead.reachable"));
    }
    UUID productId = null;
    UUID categoryId = null;
    if (command.interestId() != null) {
      Optional<CatalogueItem> item = sales.catalogueItem(new CatalogueItemId(command.interestId()));
      if (item.isEmpty()) {
        violations.add(new RuleViolation("interestId", "not-found", "lead.interest.not-found"));
      } else if (item.get().category()) {
        categoryId = item.get().id().value();
      } else {
        productId = item.get().id().value();
      }
    }
    UUID centreId = command.centreId();
    if (centreId != null
        && identity.branches().stream().noneMatch(b -> b.id().value().equals(centreId))) {
      violations.add(new RuleViolation("centreId", "not-found", "lead.centre.not-branch"));
    }
    String notes = clean(command.notes());
    if (notes != null && notes.length() > NOTES_MAX) {
      violations.add(new RuleViolation("notes", "size", "lead.notes.size", NOTES_MAX));
    }
    String reason = clean(command.duplicateReason());
    if (reason != null && reason.length() > REASON_MAX) {
      violations.add(
          new RuleViolation("duplicateReason", "size", "lead.duplicateReason.size", REASON_MAX));
    }
    return new LeadDetails(
        source,
        campaignId,
        name,
        phone,
        phoneOther,
        email,
        productId,
        categoryId,
        centreId,
        notes,
        command.consentEmail(),
        command.consentSms(),
        command.consentPhone());
  }

  /** The source named by {@code code}; anything else is a 422 on {@code source}. */
  static LeadSource source(String code, List<RuleViolation> violations) {
    String clean = clean(code);
    if (clean == null) {
      violations.add(new RuleViolation("source", "required", "lead.source.required"));
      return null;
    }
    try {
      return LeadSource.valueOf(clean.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      violations.add(new RuleViolation("source", "one-of", "lead.source.one-of"));
      return null;
    }
  }

  private String phone(String field, String typed, List<RuleViolation> violations) {
    String clean = clean(typed);
    if (clean == null) {
      return null;
    }
    Optional<String> e164 = clean.length() > PHONE_MAX ? Optional.empty() : phones.toE164(clean);
    if (e164.isEmpty()) {
      violations.add(new RuleViolation(field, "format", "lead.phone.invalid", PHONE_MAX));
      return null;
    }
    return e164.get();
  }

  static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
