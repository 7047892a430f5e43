package io.pyra.customer.contact;

import io.pyra.customer.ContactDeletionGuard;
import io.pyra.customer.ContactSummary;
import io.pyra.customer.profile.Customer;
import io.pyra.customer.profile.CustomerAccess;
import io.pyra.customer.profile.CustomerService;
import io.pyra.platform.EmailAddress;
import io.pyra.platform.PhoneNumbers;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact persons of a customer. Reading needs the customer to be visible; adding, changing or
 * removing one needs {@code customer.update} on the customer.
 */
@Service
@Transactional
public class ContactService {

  private final ContactRepository contacts;
  private final CustomerService customers;
  private final CustomerAccess access;
  private final PhoneNumbers phones;
  private final List<ContactDeletionGuard> deletionGuards;

  ContactService(
      ContactRepository contacts,
      CustomerService customers,
      CustomerAccess access,
      PhoneNumbers phones,
      List<ContactDeletionGuard> deletionGuards) {
    this.contacts = contacts;
    this.customers = customers;
    this.access = access;
    this.phones = phones;
    this.deletionGuards = List.copyOf(deletionGuards);
  }

  /** The contacts of a customer the caller has already been allowed to see. */
  @Transactional(readOnly = true)
  public List<Contact> of(UUID customerId) {
    return contacts.findByCustomerIdOrderByNameAscIdAsc(customerId);
  }

  /**
   * The contacts of a customer, when the customer is visible to the current user (404 otherwise).
   */
  @Transactional(readOnly = true)
  public List<Contact> ofVisible(UUID customerId) {
    return of(customers.get(customerId).id());
  }

  public Contact add(UUID customerId, SaveContact command) {
    Customer customer = writableCustomer(customerId);
    Contact contact = new Contact(customer.id());
    describe(contact, command);
    return contacts.saveAndFlush(contact);
  }

  public Contact update(UUID customerId, UUID contactId, SaveContact command) {
    Contact contact = writable(customerId, contactId);
    if (command.version() != null && command.version() != contact.version()) {
      throw new StaleVersionException("contact", command.version(), contact.version());
    }
    describe(contact, command);
    contacts.flush();
    return contact;
  }

  public void remove(UUID customerId, UUID contactId, Long version) {
    Contact contact = writable(customerId, contactId);
    if (version != null && version != contact.version()) {
      throw new StaleVersionException("contact", version, contact.version());
    }
    ContactSummary summary = new ContactSummary(contact.id(), contact.name(), contact.title());
    List<RuleViolation> refusals =
        deletionGuards.stream()
            .map(guard -> guard.refuseDeleting(summary))
            .flatMap(Optional::stream)
            .toList();
    if (!refusals.isEmpty()) {
      throw new BusinessRuleException(refusals);
    }
    contacts.delete(contact);
    contacts.flush();
  }

  @Transactional(readOnly = true)
  public Contact get(UUID customerId, UUID contactId) {
    Customer customer = customers.get(customerId);
    return contacts
        .findById(contactId)
        .filter(c -> c.customerId().equals(customer.id()))
        .orElseThrow(() -> new RecordNotFoundException("contact", contactId));
  }

  private Contact writable(UUID customerId, UUID contactId) {
    Customer customer = writableCustomer(customerId);
    return contacts
        .findById(contactId)
        .filter(c -> c.customerId().equals(customer.id()))
        .orElseThrow(() -> new RecordNotFoundException("contact", contactId));
  }

  private Customer writableCustomer(UUID customerId) {
    Customer customer = customers.get(customerId);
    access.require("customer.update", customer);
    return customer;
  }

  private void describe(Contact contact, SaveContact command) {
    List<RuleViolation> violations = new ArrayList<>();
    refuseLonger("name", command.name(), 200, violations);
    refuseLonger("title", command.title(), 200, violations);
    refuseLonger("notes", command.notes(), 2000, violations);
    String name = clean(command.name(), 200);
    if (name == null) {
      violations.add(new RuleViolation("name", "required", "validation.required", "name"));
    }
    String phone = null;
    if (command.phone() != null && !command.phone().isBlank()) {
      Optional<String> e164 = phones.toE164(command.phone());
      if (e164.isEmpty()) {
        violations.add(
            new RuleViolation("phone", "phone", "validation.phone", command.phone().strip()));
      }
      phone = e164.orElse(null);
    }
    String email = null;
    if (command.email() != null && !command.email().isBlank()) {
      Optional<EmailAddress> parsed = EmailAddress.parse(command.email());
      if (parsed.isEmpty()) {
        violations.add(
            new RuleViolation("email", "email", "validation.email", command.email().strip()));
      }
      email = parsed.map(EmailAddress::value).orElse(null);
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    contact.describe(name, clean(command.title(), 200), phone, email, clean(command.notes(), 2000));
  }

  /**
   * A longer text is refused, never cut: the person typing it would lose what was cut without
   * noticing.
   */
  private static void refuseLonger(
      String field, String value, int max, List<RuleViolation> violations) {
    if (value != null && value.strip().length() > max) {
      violations.add(new RuleViolation(field, "max-length", "validation.max-length", field, max));
    }
  }

  private static String clean(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    return text.length() > max ? text.substring(0, max) : text;
  }
}
