package io.pyra.customer.web;

import io.pyra.customer.contact.Contact;
import io.pyra.customer.contact.ContactService;
import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.field.FieldType;
import io.pyra.customer.profile.Address;
import io.pyra.customer.profile.Customer;
import io.pyra.customer.profile.CustomerService;
import io.pyra.customer.profile.FieldValue;
import io.pyra.customer.profile.Profile;
import io.pyra.customer.profile.SaveCustomer;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A customer as the API shows it, and back: the JSON names are those of the page. */
@Component
@Transactional(readOnly = true)
class CustomerRepresentation {

  record PhoneJson(String number, String label) {}

  record EmailJson(String address, String label) {}

  record ConsentJson(String channel, boolean granted, Instant recordedAt, String source) {}

  record ContactJson(
      UUID id, String name, String title, String phone, String email, String notes, long version) {}

  record CustomerJson(
      UUID id,
      String code,
      String kind,
      String name,
      List<PhoneJson> phones,
      List<EmailJson> emails,
      String stage,
      String sector,
      UUID ownerId,
      UUID orgUnitId,
      Address address,
      Profile profile,
      Set<String> tags,
      List<ConsentJson> consents,
      Map<String, Object> customFields,
      List<ContactJson> contacts,
      long version) {}

  private final SectorService sectors;
  private final CustomFieldService fields;
  private final ContactService contacts;
  private final CustomerService customers;

  CustomerRepresentation(
      SectorService sectors,
      CustomFieldService fields,
      ContactService contacts,
      CustomerService customers) {
    this.customers = customers;
    this.sectors = sectors;
    this.fields = fields;
    this.contacts = contacts;
  }

  /** The customer (as the current user may see it) in its JSON form, read in one transaction. */
  CustomerJson json(UUID id) {
    Customer c = customers.get(id);
    return new CustomerJson(
        c.id(),
        c.code(),
        c.kind().name(),
        c.name(),
        c.phones().stream().map(p -> new PhoneJson(p.number(), p.label())).toList(),
        c.emails().stream().map(e -> new EmailJson(e.address(), e.label())).toList(),
        c.stage().name(),
        sectorCode(c.sectorId()),
        c.ownerId(),
        c.orgUnitId(),
        c.address(),
        c.profile(),
        new TreeSet<>(c.tags()),
        c.consents().stream()
            .sorted(Comparator.comparing(x -> x.channel().ordinal()))
            .map(x -> new ConsentJson(x.channel().name(), x.granted(), x.recordedAt(), x.source()))
            .toList(),
        customFields(c),
        contacts.of(c.id()).stream().map(CustomerRepresentation::contact).toList(),
        c.version());
  }

  static ContactJson contact(Contact k) {
    return new ContactJson(
        k.id(), k.name(), k.title(), k.phone(), k.email(), k.notes(), k.version());
  }

  String sectorCode(UUID sectorId) {
    return sectors.find(sectorId).map(Sector::code).orElse(null);
  }

  /** Field code → value: text, number, ISO date, boolean, a choice, or the list of choices. */
  Map<String, Object> customFields(Customer c) {
    Map<UUID, CustomField> byId =
        fields.all().stream().collect(Collectors.toMap(CustomField::id, Function.identity()));
    Map<String, Object> values = new LinkedHashMap<>();
    c.fieldValues().stream()
        .sorted(
            Comparator.comparing(
                    (FieldValue v) ->
                        byId.containsKey(v.fieldId()) ? byId.get(v.fieldId()).position() : 0)
                .thenComparingInt(FieldValue::position))
        .forEach(
            v -> {
              CustomField field = byId.get(v.fieldId());
              if (field == null) {
                return;
              }
              if (field.type() == FieldType.MULTI_CHOICE) {
                @SuppressWarnings("unchecked")
                List<Object> list =
                    (List<Object>)
                        values.computeIfAbsent(field.code(), k -> new java.util.ArrayList<>());
                list.add(v.text());
              } else {
                values.put(field.code(), value(v));
              }
            });
    return values;
  }

  private static Object value(FieldValue v) {
    if (v.text() != null) {
      return v.text();
    }
    if (v.number() != null) {
      return new java.math.BigDecimal(v.number().stripTrailingZeros().toPlainString());
    }
    if (v.date() != null) {
      return v.date().toString();
    }
    return v.bool();
  }

  /** The customer as a full {@link SaveCustomer}, for changes that give only some fields. */
  SaveCustomer asCommand(UUID id, Long version) {
    Customer c = customers.get(id);
    return new SaveCustomer(
        null,
        c.name(),
        c.stage().name(),
        c.ownerId(),
        c.orgUnitId(),
        sectorCode(c.sectorId()),
        c.phones().stream().map(p -> new SaveCustomer.PhoneInput(p.number(), p.label())).toList(),
        c.emails().stream().map(e -> new SaveCustomer.EmailInput(e.address(), e.label())).toList(),
        c.address(),
        c.profile(),
        c.tags(),
        c.consents().stream()
            .map(x -> new SaveCustomer.ConsentInput(x.channel().name(), x.granted(), x.source()))
            .toList(),
        customFields(c),
        null,
        version);
  }
}
