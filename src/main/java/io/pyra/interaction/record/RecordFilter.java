package io.pyra.interaction.record;

import java.time.Instant;
import java.util.UUID;

/**
 * What a contact record list is narrowed to; {@code null} parts do not narrow. {@code type} is a
 * type code and takes the types below it too; the period is {@code from} (inclusive) to {@code to}
 * (exclusive).
 */
public record RecordFilter(
    UUID customerId,
    UUID jobId,
    String type,
    String channel,
    UUID authorId,
    Instant from,
    Instant to) {

  public static RecordFilter ofCustomer(UUID customerId) {
    return new RecordFilter(customerId, null, null, null, null, null, null);
  }

  public static RecordFilter ofJob(UUID jobId) {
    return new RecordFilter(null, jobId, null, null, null, null, null);
  }
}
