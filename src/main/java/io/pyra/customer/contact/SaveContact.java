package io.pyra.customer.contact;

/** A contact as entered: raw phone and email, normalized by {@link ContactService}. */
public record SaveContact(
    String name, String title, String phone, String email, String notes, Long version) {}
