package io.pyra.customer.profile;

import jakarta.persistence.Embeddable;

/** A phone number in E.164 with an optional label (mobile, office …). */
@Embeddable
public record Phone(String number, String label) {}
