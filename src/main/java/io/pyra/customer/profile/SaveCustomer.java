package io.pyra.customer.profile;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Create or change a customer, as entered on a form, sent to the API or read from an import row:
 * raw values, validated and normalized by {@link CustomerService}. {@code kind} is fixed once the
 * customer exists. {@code sector} is a sector or sub-sector code. {@code customFields} maps field
 * codes to values (text, number, date as ISO text, boolean, a choice, or a list of choices). {@code
 * duplicateReason}, when given, saves despite likely duplicates and is recorded.
 */
public record SaveCustomer(
    String kind,
    String name,
    String stage,
    UUID ownerId,
    UUID orgUnitId,
    String sector,
    List<PhoneInput> phones,
    List<EmailInput> emails,
    Address address,
    Profile profile,
    Set<String> tags,
    List<ConsentInput> consents,
    Map<String, Object> customFields,
    String duplicateReason,
    Long version) {

  /** A phone as typed, with an optional label. */
  public record PhoneInput(@Size(max = 40) String number, @Size(max = 20) String label) {}

  /** An email as typed, with an optional label. */
  public record EmailInput(@Size(max = 254) String address, @Size(max = 20) String label) {}

  /** A consent: channel (EMAIL, SMS, PHONE), granted or not, and its source. */
  public record ConsentInput(
      @Size(max = 10) String channel, boolean granted, @Size(max = 200) String source) {}
}
