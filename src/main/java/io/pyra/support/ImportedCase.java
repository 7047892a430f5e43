package io.pyra.support;

import io.pyra.customer.CustomerId;
import java.time.Instant;

/**
 * A past case as an import gives it: its reference in the system it came from ({@code externalRef},
 * a ticket id, at most {@link CaseImportApi#EXTERNAL_REF_MAX} characters), the customer (null while
 * only checked), the codes of its type, severity, channel and status ({@code NEW}, {@code
 * IN_PROGRESS}, {@code WAITING_ON_CUSTOMER}, {@code RESOLVED}, {@code CLOSED}), what it is about,
 * and the instants the file knows: opened (null: from the other instants), first response,
 * resolution; the customer's satisfaction 1–5 or null.
 */
public record ImportedCase(
    String externalRef,
    CustomerId customer,
    String type,
    String severity,
    String channel,
    String status,
    String subject,
    String description,
    String resolution,
    Instant openedAt,
    Instant respondedAt,
    Instant resolvedAt,
    Integer satisfaction) {

  /** The same case for {@code customer}. */
  public ImportedCase of(CustomerId customer) {
    return new ImportedCase(
        externalRef,
        customer,
        type,
        severity,
        channel,
        status,
        subject,
        description,
        resolution,
        openedAt,
        respondedAt,
        resolvedAt,
        satisfaction);
  }
}
