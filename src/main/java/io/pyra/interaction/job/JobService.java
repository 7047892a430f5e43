package io.pyra.interaction.job;

import io.pyra.customer.CustomerRef;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserSummary;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs of customers. Seeing a job follows seeing its customer; creating and changing one needs
 * {@code job.manage} reaching the customer.
 */
@Service
@Transactional
public class JobService {

  public static final String MANAGE = "job.manage";

  private final JobRepository jobs;
  private final CustomerLinks customers;
  private final ServiceCategories categories;
  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final JdbcClient jdbc;

  JobService(
      JobRepository jobs,
      CustomerLinks customers,
      ServiceCategories categories,
      CurrentUser currentUser,
      IdentityApi identity,
      JdbcClient jdbc) {
    this.jobs = jobs;
    this.customers = customers;
    this.categories = categories;
    this.currentUser = currentUser;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  private record Valid(
      String name, String country, String office, UUID categoryId, JobStatus status) {}

  public Job create(SaveJob command) {
    CustomerRef customer = customers.forRequest(command.customerId(), MANAGE);
    Valid valid = validate(command, JobStatus.OPEN);
    UserSummary creator = identity.user(currentUser.requireId()).orElseThrow();
    long number = jdbc.sql("select nextval('interaction_job_code_seq')").query(Long.class).single();
    Job job =
        new Job(
            code(number),
            customer.id().value(),
            valid.status(),
            creator.orgUnitId().value(),
            creator.id().value());
    job.describe(valid.name(), valid.country(), valid.office(), valid.categoryId());
    return jobs.saveAndFlush(job);
  }

  public Job update(UUID id, SaveJob command) {
    Job job = writable(id);
    if (command.version() != null && command.version() != job.version()) {
      throw new StaleVersionException("job", command.version(), job.version());
    }
    if (command.customerId() != null && !command.customerId().equals(job.customerId())) {
      throw new BusinessRuleException("customerId", "fixed", "interaction.job.customer.fixed");
    }
    Valid valid = validate(command, job.status());
    job.describe(valid.name(), valid.country(), valid.office(), valid.categoryId());
    job.moveTo(valid.status());
    jobs.flush();
    return job;
  }

  /** The job, when its customer is visible to the current user (404 otherwise). */
  @Transactional(readOnly = true)
  public Job get(UUID id) {
    Job job = jobs.findById(id).orElseThrow(() -> new RecordNotFoundException("job", id));
    customers.requireReadable(job.customerId(), "job", id);
    return job;
  }

  /** The job for a change: visible, and {@code job.manage} reaches its customer (403 otherwise). */
  @Transactional(readOnly = true)
  public Job writable(UUID id) {
    Job job = get(id);
    customers.forPage(job.customerId(), MANAGE);
    return job;
  }

  @Transactional(readOnly = true)
  public Optional<Job> find(UUID id) {
    return id == null ? Optional.empty() : jobs.findById(id);
  }

  /** The jobs of a customer the caller has already been allowed to see, newest first. */
  @Transactional(readOnly = true)
  public List<Job> ofCustomer(UUID customerId) {
    return jobs.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId);
  }

  public static String code(long number) {
    return "J-" + String.format("%06d", number);
  }

  private Valid validate(SaveJob command, JobStatus defaultStatus) {
    List<RuleViolation> violations = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      violations.add(new RuleViolation("name", "required", "interaction.job.name.required"));
    } else if (name.length() > 300) {
      violations.add(new RuleViolation("name", "size", "interaction.size", 300));
    }
    Optional<String> country = Countries.parse(command.country());
    if (command.country() == null || command.country().isBlank()) {
      violations.add(new RuleViolation("country", "required", "interaction.job.country.required"));
    } else if (country.isEmpty()) {
      violations.add(
          new RuleViolation(
              "country", "iso-3166", "interaction.country.unknown", command.country().strip()));
    }
    String office =
        command.office() == null || command.office().isBlank() ? null : command.office().strip();
    if (office != null && office.length() > 100) {
      violations.add(new RuleViolation("office", "size", "interaction.size", 100));
    }
    Optional<ServiceCategory> category = categories.byCode(command.serviceCategory());
    if (command.serviceCategory() == null || command.serviceCategory().isBlank()) {
      violations.add(
          new RuleViolation("serviceCategory", "required", "interaction.job.category.required"));
    } else if (category.isEmpty() || !category.get().active()) {
      violations.add(
          new RuleViolation(
              "serviceCategory",
              "unknown",
              "interaction.job.category.unknown",
              command.serviceCategory().strip()));
    }
    JobStatus status = defaultStatus;
    if (command.status() != null && !command.status().isBlank()) {
      Optional<JobStatus> parsed = JobStatus.parse(command.status());
      if (parsed.isEmpty()) {
        violations.add(
            new RuleViolation(
                "status", "unknown", "interaction.job.status.unknown", command.status().strip()));
      } else {
        status = parsed.get();
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return new Valid(name, country.get(), office, category.get().id(), status);
  }
}
