package io.pyra.customer.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** A postal address; {@code country} is an ISO 3166 alpha-2 code. */
@Embeddable
public record Address(
    @Size(max = 2) String country,
    @Size(max = 100) String province,
    @Size(max = 100) String city,
    @Size(max = 300) String street,
    @Size(max = 20) @Column(name = "postal_code") String postalCode) {

  public static final Address EMPTY = new Address(null, null, null, null, null);
}
