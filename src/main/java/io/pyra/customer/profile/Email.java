package io.pyra.customer.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A lower-cased email address with an optional label. */
@Embeddable
public record Email(@Column(name = "address") String address, String label) {}
