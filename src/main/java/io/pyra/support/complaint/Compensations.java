package io.pyra.support.complaint;

import io.pyra.customer.CustomerId;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.Ids;
import io.pyra.platform.IsoCurrency;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.sales.RefundableOrder;
import io.pyra.sales.SalesApi;
import io.pyra.support.cases.CaseAccess;
import io.pyra.support.cases.CaseEventKind;
import io.pyra.support.cases.CaseHistory;
import io.pyra.support.cases.SupportCase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's compensation (its fourth step): proposed while the complaint stands at that step;
 * above the approval limit ({@code pyra.support.compensation-approval-limit}, in the base currency;
 * any value in another currency) it waits for a manager whose {@code case.approve} reaches the
 * case. A REFUND is checked against the customer's order as it is proposed, and becomes a refund in
 * sales when it is approved (at once within the limit).
 */
@Service
@Transactional
public class Compensations {

  public static final int ORDER_NUMBER_MAX = 40;
  public static final int REASON_MAX = 500;
  static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999.99");

  private final ComplaintStore store;
  private final ComplaintSteps steps;
  private final CaseHistory history;
  private final CaseAccess access;
  private final CurrentUser currentUser;
  private final SalesApi sales;
  private final BigDecimal limit;

  Compensations(
      ComplaintStore store,
      ComplaintSteps steps,
      CaseHistory history,
      CaseAccess access,
      CurrentUser currentUser,
      SalesApi sales,
      @Value("${pyra.support.compensation-approval-limit:1000}") BigDecimal limit) {
    this.store = store;
    this.steps = steps;
    this.history = history;
    this.access = access;
    this.currentUser = currentUser;
    this.sales = sales;
    this.limit = limit;
  }

  /** The approval limit in the base currency. */
  public BigDecimal limit() {
    return limit;
  }

  /** The case's compensations, oldest first; the last one counts. */
  @Transactional(readOnly = true)
  public List<Compensation> of(UUID caseId) {
    return store.compensations(caseId);
  }

  /** The compensation that counts: the last one, if any. */
  @Transactional(readOnly = true)
  public Optional<Compensation> last(UUID caseId) {
    List<Compensation> all = store.compensations(caseId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
  }

  /** Whether the current user may approve or reject the case's compensation. */
  public boolean mayApprove(SupportCase c) {
    return currentUser
        .visibility(CaseAccess.APPROVE)
        .allows(UserId.ofNullable(c.assigneeId()), OrgUnitId.ofNullable(c.orgUnitId()));
  }

  /** Records a proposed compensation (see the class comment); 422 naming the field otherwise. */
  public Compensation propose(UUID caseId, ProposeCompensation command) {
    SupportCase c = steps.workable(caseId, "type");
    ComplaintSteps.requireNext(ComplaintStep.COMPENSATION, store.steps(caseId));
    Optional<Compensation> last = last(caseId);
    if (last.isPresent() && last.get().standing()) {
      throw new BusinessRuleException("type", "exists", "complaint.compensation.exists");
    }
    List<RuleViolation> violations = new ArrayList<>();
    CompensationType type = type(command.type(), violations);
    BigDecimal amount = amount(command.amount(), type, violations);
    String base = sales.baseCurrency();
    String currency = currency(command.currency(), base, violations);
    String note = ComplaintSteps.clean(command.note());
    if (note != null && note.length() > ComplaintSteps.NOTE_MAX) {
      violations.add(
          new RuleViolation(
              "note", "max-length", "complaint.note.length", ComplaintSteps.NOTE_MAX));
    }
    String orderNumber = ComplaintSteps.clean(command.orderNumber());
    if (type == CompensationType.REFUND) {
      refundable(c, orderNumber, amount, currency, violations);
    } else if (orderNumber != null) {
      violations.add(
          new RuleViolation("orderNumber", "refund-only", "complaint.order-number.refund-only"));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    boolean needsApproval = !currency.equals(base) || amount.compareTo(limit) > 0;
    Instant now = Instant.now();
    UUID me = access.me();
    UUID refundId =
        !needsApproval && type == CompensationType.REFUND
            ? refund(c, orderNumber, amount, note)
            : null;
    Compensation compensation =
        new Compensation(
            Ids.newId(),
            caseId,
            type,
            amount,
            currency,
            note,
            orderNumber,
            refundId,
            needsApproval ? CompensationStatus.PENDING_APPROVAL : CompensationStatus.APPROVED,
            me,
            null,
            needsApproval ? null : now,
            null,
            now,
            0);
    store.addCompensation(compensation, c.customerId());
    history.add(
        c,
        CaseEventKind.STEP,
        null,
        "COMPENSATION:" + compensation.status().name(),
        type.name() + " " + amount.toPlainString() + " " + currency,
        me,
        now);
    return compensation;
  }

  /**
   * A manager approves or rejects (with a reason) the compensation waiting for approval; an
   * approved REFUND becomes a refund in sales. 422 naming {@code approval} for someone whose {@code
   * case.approve} does not reach the case, or when nothing waits.
   */
  public Compensation decide(UUID caseId, Boolean approved, String reason, Long version) {
    SupportCase c = steps.complaint(caseId);
    if (!mayApprove(c)) {
      throw new BusinessRuleException("approval", "permission", "complaint.approval.permission");
    }
    if (approved == null) {
      throw new BusinessRuleException("approved", "required", "complaint.approved.required");
    }
    String why = ComplaintSteps.clean(reason);
    if (why != null && why.length() > REASON_MAX) {
      throw new BusinessRuleException(
          "reason", "max-length", "complaint.reason.length", REASON_MAX);
    }
    if (!approved && why == null) {
      throw new BusinessRuleException("reason", "required", "complaint.rejection.reason");
    }
    Compensation waiting =
        last(caseId)
            .filter(x -> x.status() == CompensationStatus.PENDING_APPROVAL)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        "approval", "not-pending", "complaint.approval.not-pending"));
    if (version != null && version != waiting.version()) {
      throw new StaleVersionException("compensation", version, waiting.version());
    }
    UUID me = access.me();
    Instant now = Instant.now();
    UUID refundId =
        approved && waiting.type() == CompensationType.REFUND
            ? refund(c, waiting.orderNumber(), waiting.amount(), waiting.note())
            : null;
    CompensationStatus status =
        approved ? CompensationStatus.APPROVED : CompensationStatus.REJECTED;
    if (!store.decide(waiting.id(), waiting.version(), status, me, now, why, refundId)) {
      throw new StaleVersionException("compensation", waiting.version(), waiting.version() + 1);
    }
    history.add(
        c,
        CaseEventKind.STEP,
        "COMPENSATION:PENDING_APPROVAL",
        "COMPENSATION:" + status.name(),
        why,
        me,
        now);
    return last(caseId).orElseThrow();
  }

  private void refundable(
      SupportCase c,
      String orderNumber,
      BigDecimal amount,
      String currency,
      List<RuleViolation> violations) {
    if (orderNumber == null) {
      violations.add(
          new RuleViolation("orderNumber", "required", "complaint.order-number.required"));
      return;
    }
    if (orderNumber.length() > ORDER_NUMBER_MAX) {
      violations.add(
          new RuleViolation(
              "orderNumber", "max-length", "complaint.order-number.length", ORDER_NUMBER_MAX));
      return;
    }
    Optional<RefundableOrder> order =
        sales.refundableOrder(new CustomerId(c.customerId()), orderNumber);
    if (order.isEmpty()) {
      violations.add(
          new RuleViolation("orderNumber", "not-found", "complaint.order-number.not-found"));
      return;
    }
    RefundableOrder o = order.get();
    if (currency != null && !currency.equals(o.currency())) {
      violations.add(
          new RuleViolation(
              "currency", "order-currency", "complaint.currency.order", o.currency()));
    } else if (amount != null && amount.compareTo(o.refundable()) > 0) {
      violations.add(
          new RuleViolation(
              "amount",
              "exceeds-refundable",
              "complaint.amount.exceeds-refundable",
              o.refundable().toPlainString(),
              o.currency()));
    }
  }

  private UUID refund(SupportCase c, String orderNumber, BigDecimal amount, String note) {
    String reason = c.code() + (note == null ? "" : ": " + note);
    return sales
        .refundForComplaint(new CustomerId(c.customerId()), orderNumber, amount, reason)
        .value();
  }

  private static CompensationType type(String code, List<RuleViolation> violations) {
    if (code == null || code.isBlank()) {
      violations.add(new RuleViolation("type", "required", "complaint.type.required"));
      return null;
    }
    try {
      return CompensationType.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      violations.add(new RuleViolation("type", "unknown", "complaint.type.unknown"));
      return null;
    }
  }

  private static BigDecimal amount(
      BigDecimal amount, CompensationType type, List<RuleViolation> violations) {
    if (amount == null) {
      violations.add(new RuleViolation("amount", "required", "complaint.amount.required"));
    } else if (amount.signum() < 0) {
      violations.add(new RuleViolation("amount", "negative", "complaint.amount.negative"));
    } else if (amount.stripTrailingZeros().scale() > 2) {
      violations.add(new RuleViolation("amount", "scale", "complaint.amount.scale"));
    } else if (amount.compareTo(AMOUNT_MAX) > 0) {
      violations.add(new RuleViolation("amount", "too-large", "complaint.amount.too-large"));
    } else if (type == CompensationType.REFUND && amount.signum() == 0) {
      violations.add(new RuleViolation("amount", "positive", "complaint.amount.refund-positive"));
    } else {
      return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
    return null;
  }

  private static String currency(String code, String base, List<RuleViolation> violations) {
    if (code == null || code.isBlank()) {
      return base;
    }
    Optional<String> iso = IsoCurrency.of(code);
    if (iso.isPresent()) {
      return iso.get();
    }
    violations.add(new RuleViolation("currency", "unknown", "complaint.currency.unknown"));
    return null;
  }
}
