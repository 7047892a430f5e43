package io.pyra.customer.profile;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Customers described, transferred, deleted and merged through the customer's own methods. */
final class CustomerFixtures {

  static final UUID OWNER = UUID.fromString("00000000-0000-7000-8000-0000000c0001");
  static final UUID UNIT = UUID.fromString("00000000-0000-7000-8000-0000000d0001");

  private CustomerFixtures() {}

  /** A prospect person with a mobile, owned by {@link #OWNER} in {@link #UNIT}. */
  static CustomerDetails person(String name) {
    return new CustomerDetails(
        name,
        LifecycleStage.PROSPECT,
        OWNER,
        UNIT,
        null,
        Address.EMPTY,
        Profile.EMPTY,
        List.of(new Phone("13912345678", "mobile")),
        List.of(new Email("li.lei@example.com", null)),
        Set.of("vip"),
        Set.of(),
        Set.of());
  }

  static Customer described(String name) {
    Customer customer = new Customer("C-000001", CustomerKind.PERSON);
    customer.describe(person(name));
    return customer;
  }

  static Customer deleted() {
    Customer customer = described("Li Lei");
    customer.delete();
    return customer;
  }

  /** A customer merged into {@code survivor}. */
  static Customer mergedInto(Customer survivor) {
    Customer merged = described("Lei Li");
    merged.mergeInto(survivor.id());
    return merged;
  }
}
