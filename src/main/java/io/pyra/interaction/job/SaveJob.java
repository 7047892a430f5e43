package io.pyra.interaction.job;

import java.util.UUID;

/**
 * Create or change a job: the customer (fixed once created), name, country (ISO 3166 alpha-2),
 * office, service category (by code), status (by name) and the version read (for changes).
 */
public record SaveJob(
    UUID customerId,
    String name,
    String country,
    String office,
    String serviceCategory,
    String status,
    Long version) {}
