package io.pyra.customer.profile;

import io.pyra.customer.ConsentChannel;
import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.error.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link SaveCustomer} into normalized {@link CustomerDetails}, collecting every broken
 * rule.
 */
@Component
class CustomerValidator {

  private final PhoneNumbers phones;
  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final SectorService sectors;
  private final CustomFieldService fields;
  private final CustomerLookups direct;

  CustomerValidator(
      PhoneNumbers phones,
      CurrentUser currentUser,
      IdentityApi identity,
      SectorService sectors,
      CustomFieldService fields) {
    this.phones = phones;
    this.currentUser = currentUser;
    this.identity = identity;
    this.sectors = sectors;
    this.fields = fields;
    this.direct = CustomerLookups.direct(identity, sectors, fields);
  }

  /** Lookups that remember their answers, for validating many rows in one run (an import). */
  CustomerLookups cachedLookups() {
    return CustomerLookups.cached(identity, sectors, fields);
  }

  Optional<CustomerKind> kind(String kind, List<RuleViolation> violations) {
    if (kind == null || kind.isBlank()) {
      violations.add(new RuleViolation("kind", "required", "validation.required", "kind"));
      return Optional.empty();
    }
    try {
      return Optional.of(CustomerKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation("kind", "one-of", "customer.kind.unknown", kind));
      return Optional.empty();
    }
  }

  /**
   * The details to apply. {@code existing} is the customer being changed (null on create): its
   * consents keep their dates when unchanged.
   */
  CustomerDetails details(
      SaveCustomer command, Customer existing, UUID currentUserId, List<RuleViolation> violations) {
    return details(command, existing, currentUserId, violations, direct);
  }

  /**
   * The same rules with the reference data taken from {@code lookups} (cached during an import).
   */
  CustomerDetails details(
      SaveCustomer command,
      Customer existing,
      UUID currentUserId,
      List<RuleViolation> violations,
      CustomerLookups lookups) {
    String name = command.name() == null ? "" : singleSpaced(command.name().strip());
    if (name.isEmpty()) {
      violations.add(new RuleViolation("name", "required", "validation.required", "name"));
    } else if (name.length() > 300) {
      violations.add(new RuleViolation("name", "size", "validation.size", "name", 1, 300));
    }
    LifecycleStage stage = stage(command.stage(), existing, violations);
    UUID ownerId =
        command.ownerId() != null
            ? command.ownerId()
            : existing != null ? existing.ownerId() : currentUserId;
    Optional<UserSummary> owner = lookups.user(ownerId);
    if (owner.isEmpty() || !owner.get().active()) {
      violations.add(new RuleViolation("ownerId", "exists", "customer.owner.unknown"));
    }
    UUID orgUnitId =
        command.orgUnitId() != null
            ? command.orgUnitId()
            : existing != null
                ? existing.orgUnitId()
                : owner.map(UserSummary::orgUnitId).map(OrgUnitId::value).orElse(null);
    if (orgUnitId == null || lookups.orgUnit(orgUnitId).isEmpty()) {
      violations.add(new RuleViolation("orgUnitId", "exists", "customer.orgunit.unknown"));
    }
    UUID sectorId = null;
    if (command.sector() != null && !command.sector().isBlank()) {
      Optional<Sector> sector = lookups.sector(command.sector());
      if (sector.isEmpty()) {
        violations.add(
            new RuleViolation(
                "sector", "exists", "customer.sector.unknown", command.sector().strip()));
      } else {
        sectorId = sector.get().id();
      }
    }
    return new CustomerDetails(
        name,
        stage,
        ownerId,
        orgUnitId,
        sectorId,
        address(command.address(), violations),
        profile(command.profile(), violations),
        phones(command.phones(), violations),
        emails(command.emails(), violations),
        tags(command.tags(), violations),
        consents(command.consents(), existing, violations),
        CustomFieldValues.read(command.customFields(), lookups.fields(), violations));
  }

  private static LifecycleStage stage(
      String stage, Customer existing, List<RuleViolation> violations) {
    if (stage == null || stage.isBlank()) {
      return existing != null ? existing.stage() : LifecycleStage.PROSPECT;
    }
    try {
      return LifecycleStage.valueOf(stage.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation("stage", "one-of", "customer.stage.unknown", stage));
      return LifecycleStage.PROSPECT;
    }
  }

  /** The user's region, asked only for a number that needs it (not already in E.164). */
  private String region(String number) {
    return number.strip().startsWith("+") ? null : currentUser.region();
  }

  private List<Phone> phones(List<SaveCustomer.PhoneInput> input, List<RuleViolation> violations) {
    List<Phone> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    if (input == null) {
      return result;
    }
    for (int i = 0; i < input.size(); i++) {
      SaveCustomer.PhoneInput phone = input.get(i);
      if (phone == null || phone.number() == null || phone.number().isBlank()) {
        continue;
      }
      // a number without a country code is one of the user's region (a Hong Kong front desk: 852)
      Optional<String> e164 = phones.toE164(phone.number(), region(phone.number()));
      if (e164.isEmpty()) {
        violations.add(
            new RuleViolation(
                "phones[" + i + "]", "phone", "validation.phone", phone.number().strip()));
      } else if (seen.add(e164.get())) {
        result.add(new Phone(e164.get(), blankToNull(phone.label(), 20)));
      }
    }
    return result;
  }

  private static List<Email> emails(
      List<SaveCustomer.EmailInput> input, List<RuleViolation> violations) {
    List<Email> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    if (input == null) {
      return result;
    }
    for (int i = 0; i < input.size(); i++) {
      SaveCustomer.EmailInput email = input.get(i);
      if (email == null || email.address() == null || email.address().isBlank()) {
        continue;
      }
      Optional<EmailAddress> parsed = EmailAddress.parse(email.address());
      if (parsed.isEmpty()) {
        violations.add(
            new RuleViolation(
                "emails[" + i + "]", "email", "validation.email", email.address().strip()));
      } else if (seen.add(parsed.get().value())) {
        result.add(new Email(parsed.get().value(), blankToNull(email.label(), 20)));
      }
    }
    return result;
  }

  private static Set<String> tags(Set<String> input, List<RuleViolation> violations) {
    Map<String, String> byKey = new HashMap<>();
    if (input != null) {
      for (String tag : input) {
        if (tag == null || tag.isBlank()) {
          continue;
        }
        String clean = tag.strip();
        if (clean.length() > 60) {
          violations.add(new RuleViolation("tags", "size", "customer.tag.too-long", clean, 60));
        } else {
          byKey.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
        }
      }
    }
    return new LinkedHashSet<>(byKey.values());
  }

  private static Set<Consent> consents(
      List<SaveCustomer.ConsentInput> input, Customer existing, List<RuleViolation> violations) {
    Map<ConsentChannel, Consent> result = new HashMap<>();
    if (input == null) {
      return existing == null ? Set.of() : existing.consents();
    }
    for (SaveCustomer.ConsentInput consent : input) {
      if (consent == null) {
        continue;
      }
      ConsentChannel channel;
      try {
        channel =
            ConsentChannel.valueOf(
                String.valueOf(consent.channel()).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations.add(
            new RuleViolation("consents", "one-of", "customer.consent.channel", consent.channel()));
        continue;
      }
      Optional<Consent> unchanged =
          existing == null
              ? Optional.empty()
              : existing.consents().stream()
                  .filter(c -> c.channel() == channel && c.granted() == consent.granted())
                  .findFirst();
      result.put(
          channel,
          unchanged.orElse(
              new Consent(
                  channel, consent.granted(), Instant.now(), blankToNull(consent.source(), 200))));
    }
    return Set.copyOf(result.values());
  }

  private static Address address(Address address, List<RuleViolation> violations) {
    if (address == null) {
      return Address.EMPTY;
    }
    String country =
        address.country() == null || address.country().isBlank() ? null : address.country().strip();
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      violations.add(
          new RuleViolation(
              "address.country", "pattern", "customer.country.pattern", address.country()));
      country = null;
    }
    return new Address(
        country == null ? null : country.toUpperCase(Locale.ROOT),
        blankToNull(address.province(), 100),
        blankToNull(address.city(), 100),
        blankToNull(address.street(), 300),
        blankToNull(address.postalCode(), 20));
  }

  private static Profile profile(Profile profile, List<RuleViolation> violations) {
    if (profile == null) {
      return Profile.EMPTY;
    }
    if (profile.employeeCount() != null && profile.employeeCount() < 0) {
      violations.add(
          new RuleViolation("profile.employeeCount", "min", "customer.employees.negative"));
    }
    return new Profile(
        blankToNull(profile.education(), 200),
        blankToNull(profile.interests(), 1000),
        blankToNull(profile.industry(), 200),
        profile.employeeCount(),
        blankToNull(profile.coreCompetencies(), 1000),
        blankToNull(profile.competitors(), 1000),
        blankToNull(profile.background(), 4000));
  }

  private static String blankToNull(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String clean = value.strip();
    return clean.length() > max ? clean.substring(0, max) : clean;
  }

  /**
   * Every run of white space as one space (what {@code replaceAll("\\s+", " ")} does, without a
   * regular expression).
   */
  static String singleSpaced(String text) {
    boolean clean = true;
    for (int i = 0; i < text.length() && clean; i++) {
      char ch = text.charAt(i);
      clean = !isSpace(ch) || (ch == ' ' && (i == 0 || text.charAt(i - 1) != ' '));
    }
    if (clean) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!isSpace(ch)) {
        out.append(ch);
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = isSpace(ch);
    }
    return out.toString();
  }

  /**
   * White space as {@code \\s} means it: space, tab, line feed, vertical tab, form feed, carriage
   * return.
   */
  private static boolean isSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
  }
}
