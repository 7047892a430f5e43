package io.pyra.support.policy;

import io.pyra.interaction.InteractionApi;
import io.pyra.interaction.ServiceCategoryRef;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SLA policies: per customer grade × case severity × service category (or any category), the
 * first-response and resolution targets in working time. The cases code asks {@link #targetFor}
 * which targets apply and {@link #settings} when to warn and escalate; it listens to {@link
 * SlaPolicyChanged} to recompute deadlines. Changing needs {@code support.configure} (the web layer
 * checks).
 */
@Service
@Transactional(readOnly = true)
public class SlaPolicies {

  /** The customer grades a policy is for; a customer without a grade counts as C. */
  public static final List<String> GRADES = List.of("A", "B", "C");

  /** The grade of a customer who has none. */
  public static final String UNGRADED = "C";

  /** The case severities a policy is for. */
  public static final List<String> SEVERITIES = List.of("SERIOUS", "MINOR");

  static final String RECORD = "SLA policy";

  /** Grades A to C, serious before minor, the general policy before those of a category. */
  static final Comparator<SlaPolicy> ORDER =
      Comparator.comparingInt((SlaPolicy p) -> GRADES.indexOf(p.grade()))
          .thenComparingInt(p -> SEVERITIES.indexOf(p.severity()))
          .thenComparing(
              SlaPolicy::serviceCategory, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final SlaPolicyRepository policies;
  private final SlaSettingsService settings;
  private final InteractionApi interaction;
  private final ApplicationEventPublisher events;

  /** How long the policies read for the cases code are kept at most. */
  private static final Duration CACHED_FOR = Duration.ofSeconds(10);

  private volatile List<Rule> rules;
  private volatile long rulesReadAt;

  SlaPolicies(
      SlaPolicyRepository policies,
      SlaSettingsService settings,
      InteractionApi interaction,
      ApplicationEventPublisher events) {
    this.policies = policies;
    this.settings = settings;
    this.interaction = interaction;
    this.events = events;
  }

  // ----- for the cases code

  /**
   * The targets for a case: the active policy of its grade, severity and service category if there
   * is one, else the general policy of its grade and severity.
   *
   * @param grade A, B or C (any case); {@code null} or blank counts as C
   * @param severity SERIOUS or MINOR (any case)
   * @param serviceCategoryCode the code of the case's service category, or {@code null}
   * @throws IllegalArgumentException for a grade or severity that is not one of those
   */
  public SlaTarget targetFor(String grade, String severity, String serviceCategoryCode) {
    String g = code(grade) == null ? UNGRADED : code(grade);
    String s = code(severity);
    if (!GRADES.contains(g) || !SEVERITIES.contains(s)) {
      throw new IllegalArgumentException("no SLA policy for grade " + g + " and severity " + s);
    }
    String category = code(serviceCategoryCode);
    List<Rule> candidates =
        rules().stream().filter(p -> p.grade().equals(g) && p.severity().equals(s)).toList();
    Optional<Rule> specific =
        candidates.stream()
            .filter(p -> category != null && category.equals(p.serviceCategory()))
            .findFirst();
    return specific
        .or(() -> candidates.stream().filter(Rule::general).findFirst())
        .map(Rule::target)
        .orElseThrow(() -> new IllegalStateException("no general SLA policy for " + g + s));
  }

  /** An active policy as the cases code reads it. */
  private record Rule(
      String grade, String severity, String serviceCategory, boolean general, SlaTarget target) {}

  /**
   * The active policies, read again at most {@link #CACHED_FOR} after they were last read (a change
   * on another node), and at once after a change on this one commits.
   */
  private List<Rule> rules() {
    List<Rule> known = rules;
    if (known == null || System.nanoTime() - rulesReadAt > CACHED_FOR.toNanos()) {
      known =
          policies.findAll().stream()
              .filter(SlaPolicy::active)
              .map(
                  p ->
                      new Rule(
                          p.grade(), p.severity(), p.serviceCategory(), p.general(), p.target()))
              .toList();
      rulesReadAt = System.nanoTime();
      rules = known;
    }
    return known;
  }

  /** Forgets the policies read, now and once this change commits. */
  private void forgetRules() {
    rules = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              rules = null;
            }
          });
    }
  }

  /** When to warn and how to escalate, for every policy. */
  public SlaSettings settings() {
    return settings.get();
  }

  // ----- for the configuration pages and the API

  public List<SlaPolicy> list() {
    return policies.findAll().stream().sorted(ORDER).toList();
  }

  public SlaPolicy get(UUID id) {
    return policies.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
  }

  /** The service categories a policy may be for, in their order. */
  public List<ServiceCategoryRef> serviceCategories() {
    return interaction.serviceCategories();
  }

  @Transactional
  public SlaPolicy create(SavePolicy command) {
    Checked checked = check(command, null);
    SlaPolicy policy = new SlaPolicy(checked.grade(), checked.severity(), checked.category());
    checked.applyTo(policy);
    SlaPolicy saved = saved(policy, checked);
    publish(saved);
    return saved;
  }

  @Transactional
  public SlaPolicy update(UUID id, SavePolicy command) {
    SlaPolicy policy = get(id);
    if (command.version() != null && command.version() != policy.version()) {
      throw new StaleVersionException(RECORD, command.version(), policy.version());
    }
    Checked checked = check(command, policy);
    boolean targetsChange =
        !checked.firstResponse().equals(policy.firstResponse())
            || !checked.resolution().equals(policy.resolution())
            || checked.active() != policy.active()
            || !Objects.equals(checked.category(), policy.serviceCategory())
            || !checked.grade().equals(policy.grade())
            || !checked.severity().equals(policy.severity());
    SlaPolicyChanged before = changed(policy);
    checked.applyTo(policy);
    SlaPolicy saved = saved(policy, checked);
    if (targetsChange) {
      // the cases of the old key and, if it moved, those of the new one are to be recomputed
      events.publishEvent(before);
      if (!changed(saved).equals(before)) {
        events.publishEvent(changed(saved));
      }
    }
    return saved;
  }

  /** Removes a policy of a service category; a shipped general policy is refused. */
  @Transactional
  public void delete(UUID id, Long version) {
    SlaPolicy policy = get(id);
    if (version != null && version != policy.version()) {
      throw new StaleVersionException(RECORD, version, policy.version());
    }
    if (policy.shipped()) {
      throw new BusinessRuleException(null, "shipped", "sla.policy.delete.shipped");
    }
    forgetRules();
    policies.delete(policy);
    policies.flush();
    publish(policy);
  }

  private void publish(SlaPolicy policy) {
    events.publishEvent(changed(policy));
  }

  private static SlaPolicyChanged changed(SlaPolicy policy) {
    return new SlaPolicyChanged(
        policy.id(), policy.grade(), policy.severity(), policy.serviceCategory());
  }

  private SlaPolicy saved(SlaPolicy policy, Checked checked) {
    forgetRules();
    try {
      return policies.saveAndFlush(policy);
    } catch (DataIntegrityViolationException e) {
      // another policy for the same grade, severity and category was stored at the same moment
      throw new BusinessRuleException(List.of(duplicate(checked)));
    }
  }

  /** The command checked: every fault a violation naming its field, nothing stored. */
  private Checked check(SavePolicy command, SlaPolicy self) {
    List<RuleViolation> violations = new ArrayList<>();
    String grade = code(command.grade());
    if (grade == null) {
      violations.add(new RuleViolation("grade", "required", "sla.policy.grade.required"));
    } else if (!GRADES.contains(grade)) {
      violations.add(
          new RuleViolation(
              "grade", "one-of", "sla.policy.grade.one-of", WorkingDurations.echo(grade)));
    }
    String severity = code(command.severity());
    if (severity == null) {
      violations.add(new RuleViolation("severity", "required", "sla.policy.severity.required"));
    } else if (!SEVERITIES.contains(severity)) {
      violations.add(
          new RuleViolation(
              "severity", "one-of", "sla.policy.severity.one-of", WorkingDurations.echo(severity)));
    }
    String category = code(command.serviceCategory());
    if (category != null) {
      Optional<ServiceCategoryRef> known = interaction.serviceCategory(category);
      if (known.isEmpty()) {
        violations.add(
            new RuleViolation(
                "serviceCategory",
                "unknown",
                "sla.policy.serviceCategory.unknown",
                WorkingDurations.echo(category)));
      } else {
        category = known.get().code();
      }
    }
    boolean active = !Boolean.FALSE.equals(command.active());
    if (self != null && self.shipped()) {
      fixed("grade", grade, self.grade(), violations);
      fixed("severity", severity, self.severity(), violations);
      fixed("serviceCategory", category, self.serviceCategory(), violations);
      if (!active) {
        violations.add(new RuleViolation("active", "shipped", "sla.policy.active.shipped"));
      }
    }
    Duration response =
        WorkingDurations.parse("firstResponseTarget", command.firstResponseTarget(), violations);
    Duration resolution =
        WorkingDurations.parse("resolutionTarget", command.resolutionTarget(), violations);
    if (response != null && resolution != null && resolution.compareTo(response) < 0) {
      violations.add(
          new RuleViolation(
              "resolutionTarget", "not-before-response", "sla.policy.resolution.before-response"));
    }
    Checked checked = new Checked(grade, severity, category, response, resolution, active);
    if (violations.isEmpty() && taken(checked, self)) {
      violations.add(duplicate(checked));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return checked;
  }

  private static void fixed(
      String field, String value, String shipped, List<RuleViolation> violations) {
    boolean refusedAlready = violations.stream().anyMatch(v -> field.equals(v.field()));
    if (!refusedAlready && !Objects.equals(value, shipped)) {
      violations.add(new RuleViolation(field, "fixed", "sla.policy.shipped.fixed"));
    }
  }

  private boolean taken(Checked checked, SlaPolicy self) {
    return policies.findAll().stream()
        .anyMatch(
            p ->
                (self == null || !p.id().equals(self.id()))
                    && p.grade().equals(checked.grade())
                    && p.severity().equals(checked.severity())
                    && Objects.equals(p.serviceCategory(), checked.category()));
  }

  private static RuleViolation duplicate(Checked checked) {
    return new RuleViolation(
        "serviceCategory",
        "unique",
        "sla.policy.unique",
        checked.grade(),
        checked.severity(),
        checked.category() == null ? "-" : checked.category());
  }

  private static String code(String text) {
    return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
  }

  private record Checked(
      String grade,
      String severity,
      String category,
      Duration firstResponse,
      Duration resolution,
      boolean active) {

    void applyTo(SlaPolicy policy) {
      policy.change(grade, severity, category, firstResponse, resolution, active);
    }
  }
}
