package io.pyra.interaction.job;

import java.util.UUID;

/** Jobs in a given status, reached through the job's own status changes. */
final class JobFixtures {

  private JobFixtures() {}

  static Job open() {
    Job job = new Job("J-000001", UUID.randomUUID(), JobStatus.OPEN, UUID.randomUUID(), null);
    job.describe("Campus refit", "CN", "Ningbo", UUID.randomUUID());
    return job;
  }

  static Job active() {
    Job job = open();
    job.moveTo(JobStatus.ACTIVE);
    return job;
  }

  static Job onHold() {
    Job job = active();
    job.moveTo(JobStatus.ON_HOLD);
    return job;
  }

  static Job completed() {
    Job job = active();
    job.moveTo(JobStatus.COMPLETED);
    return job;
  }

  static Job cancelled() {
    Job job = open();
    job.moveTo(JobStatus.CANCELLED);
    return job;
  }
}
