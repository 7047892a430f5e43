package io.pyra.customer;

import java.util.UUID;

/** Identifies a customer. */
public record CustomerId(UUID value) {}
