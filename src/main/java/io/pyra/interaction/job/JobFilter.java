package io.pyra.interaction.job;

import java.util.UUID;

/**
 * What a job list is narrowed to; {@code null} parts do not narrow. {@code q} matches the code or
 * the name.
 */
public record JobFilter(
    UUID customerId, JobStatus status, String country, String serviceCategory, String q) {

  public static final JobFilter NONE = new JobFilter(null, null, null, null, null);
}
