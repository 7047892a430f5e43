package io.pyra.customer.customer;

import java.util.UUID;

/** A customer that may be the same as the one being saved, and why: phone, email or name. */
public record DuplicateCandidate(UUID id, String code, String name, String city, String reason) {}
