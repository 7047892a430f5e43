package io.pyra.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The latest contact records of customers, for the known-caller card of the API. Declared here and
 * provided by the module that logs contacts (interaction, which depends on this one), so that this
 * module shows them without reading that module's tables or depending on it; without a provider the
 * card's {@code lastContacts} stays absent.
 */
public interface LastContacts {

  /**
   * For each customer given, its latest contact records, newest first, at most {@code perCustomer}
   * each; a customer without any is left out. The caller passes only customers the signed-in user
   * may read (the known-caller cards are found under that user's read scope).
   */
  Map<CustomerId, List<CustomerCard.LastContact>> latest(
      Collection<CustomerId> customerIds, int perCustomer);
}
