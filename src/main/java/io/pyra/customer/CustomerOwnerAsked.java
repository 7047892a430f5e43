package io.pyra.customer;

import io.pyra.identity.UserId;

/**
 * A user entering a customer found a likely duplicate that they may not open, and asked its owner
 * to look: {@code ownerId} should hear of it (the notifications of another module tell them). The
 * event names the customer for its owner only; the user who asked learns nothing more of it. {@code
 * reason} is {@code phone}, {@code email} or {@code name}.
 */
public record CustomerOwnerAsked(
    CustomerId customerId,
    String customerCode,
    String customerName,
    UserId ownerId,
    UserId askedBy,
    String askedByName,
    String reason) {}
