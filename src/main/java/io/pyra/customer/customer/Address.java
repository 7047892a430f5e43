package io.pyra.customer.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address; {@code country} is an ISO 3166 alpha-2 code. */
@Embeddable
public record Address(
    String country, String province, String city, String street, @Column(name = "postal_code") String postalCode) {

  public static final Address EMPTY = new Address(null, null, null, null, null);
}
