package io.pyra.interaction.job;

import java.time.Instant;
import java.util.UUID;

/** A job in a list, with its customer's code and name and its service category's code. */
public record JobRow(
    UUID id,
    String code,
    UUID customerId,
    String customerCode,
    String customerName,
    String name,
    String country,
    String office,
    String serviceCategory,
    JobStatus status,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
