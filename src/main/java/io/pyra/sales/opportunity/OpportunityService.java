package io.pyra.sales.opportunity;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import io.pyra.platform.IsoCurrency;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.taxonomy.TaxonomyTerm;
import io.pyra.sales.OpportunityId;
import io.pyra.sales.OpportunityLost;
import io.pyra.sales.OpportunityWon;
import io.pyra.sales.pipeline.LostReason;
import io.pyra.sales.pipeline.LostReasons;
import io.pyra.sales.pipeline.Pipeline;
import io.pyra.sales.pipeline.PipelineService;
import io.pyra.sales.pipeline.PipelineStage;
import io.pyra.sales.pipeline.SalesSource;
import io.pyra.sales.pipeline.SalesSources;
import io.pyra.sales.pipeline.StageOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and moves opportunities for the signed-in user: checks the input (customer
 * visible, stage of the pipeline, amount, currency, probability …), who may see and change the
 * opportunity and the version the user read; keeps every stage change and announces won and lost
 * deals ({@link OpportunityWon}, {@link OpportunityLost}) through the outbox.
 */
@Service
@Transactional
public class OpportunityService {

  public static final int TITLE_MAX = 200;
  public static final int COMPETITOR_MAX = 200;
  public static final int NOTES_MAX = 2000;
  private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("1000000000000000");

  private final OpportunityRepository opportunities;
  private final StageChangeRepository changes;
  private final OpportunityAccess access;
  private final PipelineService pipelines;
  private final LostReasons lostReasons;
  private final SalesSources sources;
  private final CustomerApi customers;
  private final IdentityApi identity;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final ZoneId zone;

  OpportunityService(
      OpportunityRepository opportunities,
      StageChangeRepository changes,
      OpportunityAccess access,
      PipelineService pipelines,
      LostReasons lostReasons,
      SalesSources sources,
      CustomerApi customers,
      IdentityApi identity,
      ApplicationEventPublisher events,
      JdbcClient jdbc,
      @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.opportunities = opportunities;
    this.changes = changes;
    this.access = access;
    this.pipelines = pipelines;
    this.lostReasons = lostReasons;
    this.sources = sources;
    this.customers = customers;
    this.identity = identity;
    this.events = events;
    this.jdbc = jdbc;
    this.zone = ZoneId.of(zone);
  }

  /** The result of a move: the opportunity and whether it changed stage. */
  public record Moved(Opportunity opportunity, boolean changed) {}

  public Opportunity create(SaveOpportunity command) {
    if (!access.mayWrite()) {
      throw new AccessRefusedException("may not record opportunities");
    }
    List<RuleViolation> violations = new ArrayList<>();
    Optional<Pipeline> pipeline =
        command.pipeline() == null || command.pipeline().isBlank()
            ? pipelines.activePipelines().stream().findFirst()
            : pipelines.byReference(command.pipeline());
    PipelineStage stage = null;
    if (pipeline.isEmpty() || !pipeline.get().active()) {
      violations.add(new RuleViolation("pipeline", "not-found", "opportunity.pipeline.unknown"));
    } else {
      Optional<PipelineStage> chosen =
          command.stage() == null || command.stage().isBlank()
              ? pipelines.firstStage(pipeline.get().id())
              : pipelines.stageOf(pipeline.get().id(), command.stage());
      if (chosen.isEmpty()) {
        violations.add(new RuleViolation("stage", "pipeline", "opportunity.stage.other-pipeline"));
      } else if (chosen.get().outcome() != StageOutcome.OPEN) {
        violations.add(new RuleViolation("stage", "open", "opportunity.stage.new-open"));
      } else {
        stage = chosen.get();
      }
    }
    OpportunityDetails details = details(command, violations);
    UserSummary owner = owner(command.ownerId(), null, violations);
    refuse(violations);
    Instant now = Instant.now();
    Opportunity opportunity =
        new Opportunity(
            nextCode(),
            details,
            StageRef.of(stage),
            owner.id().value(),
            owner.orgUnitId().value(),
            access.me(),
            now,
            LocalDate.ofInstant(now, zone));
    opportunities.saveAndFlush(opportunity);
    changes.saveAndFlush(opportunity.firstChange());
    return opportunity;
  }

  /** Changes what the opportunity is (not its stage) against the version the user read. */
  public Opportunity update(UUID id, long version, SaveOpportunity command) {
    Opportunity opportunity = writable(id);
    if (opportunity.version() != version) {
      throw new StaleVersionException("opportunity", version, opportunity.version());
    }
    List<RuleViolation> violations = new ArrayList<>();
    OpportunityDetails details = details(command, violations);
    UserSummary owner = owner(command.ownerId(), opportunity.ownerId(), violations);
    refuse(violations);
    opportunity.describe(details, StageRef.of(pipelines.getStage(opportunity.stageId())), now());
    opportunity.assign(owner.id().value(), owner.orgUnitId().value());
    return opportunities.saveAndFlush(opportunity);
  }

  /**
   * Moves the opportunity to another stage of its pipeline; a won or lost one is announced. Nothing
   * changes when the move is refused.
   */
  public Moved move(UUID id, MoveOpportunity command) {
    Opportunity opportunity = writable(id);
    if (command.version() != null && opportunity.version() != command.version()) {
      throw new StaleVersionException("opportunity", command.version(), opportunity.version());
    }
    if (command.stage() == null || command.stage().isBlank()) {
      throw new BusinessRuleException("stage", "required", "opportunity.stage.required");
    }
    PipelineStage next =
        pipelines
            .stageOf(opportunity.pipelineId(), command.stage())
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "stage", "pipeline", "opportunity.stage.other-pipeline"));
    PipelineStage from = pipelines.getStage(opportunity.stageId());
    LostReasonRef reason = null;
    if (next.outcome() == StageOutcome.LOST
        && command.lostReason() != null
        && !command.lostReason().isBlank()) {
      LostReason found =
          term(lostReasons::find, lostReasons::byCode, command.lostReason())
              .filter(LostReason::active)
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "lostReason", "not-found", "opportunity.lostReason.unknown"));
      reason = new LostReasonRef(found.id(), found.code());
    }
    if (command.competitor() != null && command.competitor().strip().length() > COMPETITOR_MAX) {
      throw new BusinessRuleException(
          "competitor", "size", "opportunity.competitor.size", COMPETITOR_MAX);
    }
    Instant now = now();
    UUID me = access.me();
    OpportunityStageChange change =
        opportunity.moveTo(
            StageRef.of(next),
            reason,
            command.competitor(),
            access.changes(opportunity),
            me,
            now,
            LocalDate.ofInstant(now, zone));
    if (change == null) {
      return new Moved(opportunity, false);
    }
    opportunities.saveAndFlush(opportunity);
    changes.saveAndFlush(change);
    Pipeline pipeline = pipelines.get(opportunity.pipelineId());
    if (opportunity.status() == OpportunityStatus.WON) {
      events.publishEvent(
          new OpportunityWon(
              new OpportunityId(opportunity.id()),
              CustomerId.ofNullable(opportunity.customerId()),
              new UserId(opportunity.ownerId()),
              new UserId(me),
              opportunity.amount(),
              opportunity.currency(),
              pipeline.code(),
              now));
    } else if (opportunity.status() == OpportunityStatus.LOST) {
      events.publishEvent(
          new OpportunityLost(
              new OpportunityId(opportunity.id()),
              CustomerId.ofNullable(opportunity.customerId()),
              new UserId(opportunity.ownerId()),
              new UserId(me),
              opportunity.amount(),
              opportunity.currency(),
              pipeline.code(),
              from.code(),
              reason == null ? null : reason.code(),
              opportunity.competitor(),
              now));
    }
    return new Moved(opportunity, true);
  }

  /** The opportunity, when the current user may see it; otherwise not found. */
  @Transactional(readOnly = true)
  public Opportunity get(UUID id) {
    Opportunity opportunity =
        opportunities
            .findById(id)
            .orElseThrow(() -> new RecordNotFoundException("opportunity", id));
    if (!access.sees(opportunity)) {
      throw new RecordNotFoundException("opportunity", id);
    }
    return opportunity;
  }

  /** The opportunity, when the current user may change it (not found / refused otherwise). */
  @Transactional(readOnly = true)
  public Opportunity writable(UUID id) {
    Opportunity opportunity = get(id);
    if (!access.changes(opportunity)) {
      throw new AccessRefusedException("may not change opportunity " + id);
    }
    return opportunity;
  }

  @Transactional(readOnly = true)
  public boolean mayChange(Opportunity opportunity) {
    return access.changes(opportunity);
  }

  private OpportunityDetails details(SaveOpportunity command, List<RuleViolation> violations) {
    String title = clean(command.title());
    if (title == null) {
      violations.add(new RuleViolation("title", "required", "opportunity.title.required"));
    } else if (title.length() > TITLE_MAX) {
      violations.add(new RuleViolation("title", "size", "opportunity.title.size", TITLE_MAX));
    }
    UUID customerId = command.customerId();
    if (customerId == null) {
      violations.add(new RuleViolation("customerId", "required", "opportunity.customer.required"));
    } else if (!customers.reaches("customer.read", new CustomerId(customerId))) {
      violations.add(
          new RuleViolation("customerId", "not-found", "opportunity.customer.not-found"));
      customerId = null;
    }
    if (command.contactId() != null
        && (customerId == null
            || !customers.isContactOf(command.contactId(), new CustomerId(customerId)))) {
      violations.add(
          new RuleViolation("contactId", "customer-mismatch", "opportunity.contact.mismatch"));
    }
    BigDecimal amount = command.amount() == null ? BigDecimal.ZERO : command.amount();
    if (amount.signum() < 0) {
      violations.add(new RuleViolation("amount", "negative", "opportunity.amount.negative"));
    } else if (amount.compareTo(AMOUNT_LIMIT) >= 0 || amount.stripTrailingZeros().scale() > 6) {
      violations.add(new RuleViolation("amount", "range", "opportunity.amount.range"));
    }
    String currency = currency(command.currency());
    if (currency == null) {
      violations.add(new RuleViolation("currency", "iso-4217", "opportunity.currency.invalid"));
    }
    Integer probability = command.probability();
    if (probability != null && (probability < 0 || probability > 100)) {
      violations.add(new RuleViolation("probability", "range", "opportunity.probability.range"));
    }
    UUID sourceId = null;
    if (clean(command.source()) != null) {
      Optional<SalesSource> source =
          term(sources::find, sources::byCode, command.source()).filter(SalesSource::active);
      if (source.isEmpty()) {
        violations.add(new RuleViolation("source", "not-found", "opportunity.source.unknown"));
      } else {
        sourceId = source.get().id();
      }
    }
    String competitor = clean(command.competitor());
    if (competitor != null && competitor.length() > COMPETITOR_MAX) {
      violations.add(
          new RuleViolation("competitor", "size", "opportunity.competitor.size", COMPETITOR_MAX));
    }
    String notes = clean(command.notes());
    if (notes != null && notes.length() > NOTES_MAX) {
      violations.add(new RuleViolation("notes", "size", "opportunity.notes.size", NOTES_MAX));
    }
    return new OpportunityDetails(
        title,
        customerId,
        command.contactId(),
        amount,
        currency,
        command.expectedClose(),
        sourceId,
        competitor,
        probability,
        notes);
  }

  private UserSummary owner(UUID requested, UUID current, List<RuleViolation> violations) {
    UUID ownerId = requested != null ? requested : current != null ? current : access.me();
    Optional<UserSummary> owner = identity.user(new UserId(ownerId));
    boolean unchanged = ownerId.equals(current);
    if (owner.isEmpty()
        || owner.get().orgUnitId() == null
        || (!unchanged && !access.mayOwn(owner.get()))) {
      violations.add(new RuleViolation("ownerId", "not-allowed", "opportunity.owner.not-allowed"));
      return null;
    }
    return owner.get();
  }

  /** An ISO 4217 code in capitals, or null when {@code code} is not one. */
  static String currency(String code) {
    return IsoCurrency.of(code).orElse(null);
  }

  private static <T extends TaxonomyTerm> Optional<T> term(
      Function<UUID, Optional<T>> byId, Function<String, Optional<T>> byCode, String reference) {
    String clean = reference.strip();
    try {
      return byId.apply(UUID.fromString(clean));
    } catch (IllegalArgumentException notAnId) {
      return byCode.apply(clean);
    }
  }

  private String nextCode() {
    return code(nextNumber());
  }

  private long nextNumber() {
    return jdbc.sql("select nextval('sales_opportunity_code_seq')").query(Long.class).single();
  }

  static String code(long number) {
    return "O-" + String.format("%06d", number);
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Instant now() {
    return Instant.now();
  }

  private static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }
}
