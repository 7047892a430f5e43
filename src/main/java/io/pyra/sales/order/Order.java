package io.pyra.sales.order;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.data.domain.Persistable;

/**
 * An order, contract or credit note with its lines, totals in its currency and in the base currency
 * (at the rate kept on the order), and a status that only moves along the allowed transitions. Once
 * it is no longer a draft its lines, customer, currency and kind are fixed: a signed contract is
 * amended through a credit note or a new version. Payments and refunds are written by their own
 * service ({@code paid}, {@code refunded} are only read here).
 */
@Entity(name = "SalesOrder")
@Table(name = "sales_order")
@DynamicUpdate
public class Order implements Persistable<UUID> {

  @Id private UUID id;

  private String number;

  @Enumerated(EnumType.STRING)
  private OrderKind kind;

  @Enumerated(EnumType.STRING)
  private OrderStatus status;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "owner_id")
  private UUID ownerId;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Column(name = "opportunity_id")
  private UUID opportunityId;

  @Column(name = "original_order_id")
  private UUID originalOrderId;

  @Column(name = "ordered_at")
  private Instant orderedAt;

  @Column(name = "order_day")
  private LocalDate orderDay;

  private String currency;

  @Column(name = "exchange_rate")
  private BigDecimal exchangeRate;

  private BigDecimal amount;

  private BigDecimal cost;

  @Column(name = "amount_base")
  private BigDecimal amountBase;

  @Column(name = "cost_base")
  private BigDecimal costBase;

  // written by the payments: only inserted here
  @Column(updatable = false)
  private BigDecimal paid;

  @Column(updatable = false)
  private BigDecimal refunded;

  @Column(name = "line_count")
  private int lineCount;

  private String source;

  @Column(name = "course_start")
  private LocalDate courseStart;

  @Column(name = "course_end")
  private LocalDate courseEnd;

  private String notes;

  @Column(name = "signed_by")
  private UUID signedBy;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "created_by")
  private UUID createdBy;

  // every change of the lines also changes the order's row (totals, updated_at), which bumps the
  // version; counted again for the lines, a new order's version took an UPDATE of its own
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "sales_order_line", joinColumns = @JoinColumn(name = "order_id"))
  @OrderColumn(name = "line_no")
  @ListIndexBase(1)
  @OptimisticLock(excluded = true)
  private List<OrderLine> lines = new ArrayList<>();

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  // the repository asks whether to insert (persist) or merge: a new order is inserted as it is,
  // without the copy a merge makes
  @Transient private boolean stored;

  protected Order() {}

  /** A new order in {@code status} (a draft, or one written already signed or completed). */
  public Order(String number, OrderTerms terms, OrderStatus status, UUID createdBy, Instant now) {
    if (status == OrderStatus.CANCELLED) {
      throw new BusinessRuleException("status", "transition", "order.status.new-cancelled");
    }
    this.id = Ids.newId();
    this.number = Objects.requireNonNull(number, "number");
    this.kind = terms.kind();
    this.customerId = terms.customerId();
    this.currency = terms.currency();
    this.status = status;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.paid = BigDecimal.ZERO;
    this.refunded = BigDecimal.ZERO;
    if (status != OrderStatus.DRAFT) {
      this.signedBy = createdBy;
      this.signedAt = now;
    }
    setLines(terms.lines());
    apply(terms, now);
  }

  /**
   * Changes what the order says. A cancelled order is fixed; once it is no longer a draft its
   * lines, kind, customer and currency stay as they are (amend through a credit note or a new
   * version).
   */
  public void amend(OrderTerms terms, Instant now) {
    if (status == OrderStatus.CANCELLED) {
      throw new BusinessRuleException("status", "cancelled", "order.cancelled.fixed");
    }
    if (status != OrderStatus.DRAFT) {
      if (!sameLines(terms.lines())) {
        throw new BusinessRuleException(
            "lines",
            "signed",
            kind == OrderKind.CONTRACT ? "order.lines.signed-contract" : "order.lines.signed");
      }
      if (terms.kind() != kind
          || !Objects.equals(terms.customerId(), customerId)
          || !terms.currency().equals(currency)) {
        throw new BusinessRuleException("lines", "signed", "order.terms.signed");
      }
    } else {
      this.kind = terms.kind();
      this.customerId = terms.customerId();
      this.currency = terms.currency();
      if (!sameLines(terms.lines())) {
        setLines(terms.lines());
      }
    }
    apply(terms, now);
  }

  /** Signed off by {@code userId}: the order starts to count. */
  public void sign(UUID userId, Instant now) {
    move(OrderStatus.SIGNED, now);
    this.signedBy = userId;
    this.signedAt = now;
  }

  /** The course or service has started. */
  public void activate(Instant now) {
    move(OrderStatus.ACTIVE, now);
  }

  /** Delivered in full. */
  public void complete(Instant now) {
    move(OrderStatus.COMPLETED, now);
  }

  /**
   * Cancelled: it no longer counts. A completed order is returned through a credit note instead,
   * and money received must be refunded first.
   */
  public void cancel(Instant now) {
    if (status == OrderStatus.COMPLETED) {
      throw new BusinessRuleException("status", "transition", "order.cancel.completed");
    }
    BigDecimal kept = paid().subtract(refunded());
    if (status != OrderStatus.CANCELLED && kept.signum() > 0) {
      throw new BusinessRuleException("status", "paid", "order.cancel.paid");
    }
    move(OrderStatus.CANCELLED, now);
    this.cancelledAt = now;
  }

  private void move(OrderStatus next, Instant now) {
    if (!status.canBecome(next)) {
      throw new BusinessRuleException(
          "status", "transition", "order.status.transition", status.name(), next.name());
    }
    status = next;
    updatedAt = now;
  }

  private boolean sameLines(List<OrderLine> other) {
    if (other.size() != lines.size()) {
      return false;
    }
    for (int i = 0; i < other.size(); i++) {
      if (!lines.get(i).sameAs(other.get(i))) {
        return false;
      }
    }
    return true;
  }

  private void setLines(List<OrderLine> newLines) {
    lines.clear();
    lines.addAll(newLines);
    BigDecimal sum = BigDecimal.ZERO.setScale(OrderLine.SCALE);
    BigDecimal costs = BigDecimal.ZERO.setScale(OrderLine.SCALE);
    for (OrderLine line : newLines) {
      sum = sum.add(line.amount());
      costs = costs.add(line.cost());
    }
    this.amount = sum;
    this.cost = costs;
    this.lineCount = newLines.size();
  }

  private void apply(OrderTerms terms, Instant now) {
    this.contactId = terms.contactId();
    this.ownerId = terms.ownerId();
    this.orgUnitId = terms.orgUnitId();
    this.opportunityId = terms.opportunityId();
    this.originalOrderId = terms.originalOrderId();
    this.orderedAt = terms.orderedAt();
    this.orderDay = terms.orderDay();
    this.exchangeRate = terms.exchangeRate();
    this.amountBase = inBase(amount);
    this.costBase = inBase(cost);
    this.source = terms.source();
    this.courseStart = terms.courseStart();
    this.courseEnd = terms.courseEnd();
    this.notes = terms.notes();
    this.updatedAt = now;
  }

  /** An amount of the order's currency in the base currency at the order's rate (six decimals). */
  public BigDecimal inBase(BigDecimal value) {
    return value.multiply(exchangeRate).setScale(OrderLine.SCALE, RoundingMode.HALF_EVEN);
  }

  /** Amount less cost, in the order's currency. */
  public BigDecimal margin() {
    return amount.subtract(cost);
  }

  /** Amount less what was paid; an order that does not count owes nothing. */
  public BigDecimal outstanding() {
    if (!status.counts()) {
      return BigDecimal.ZERO;
    }
    return amount.subtract(paid());
  }

  @PostLoad
  @PostPersist
  void stored() {
    this.stored = true;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  @Override
  public UUID getId() {
    return id;
  }

  public UUID id() {
    return id;
  }

  public String number() {
    return number;
  }

  public OrderKind kind() {
    return kind;
  }

  public OrderStatus status() {
    return status;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID contactId() {
    return contactId;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public UUID opportunityId() {
    return opportunityId;
  }

  public UUID originalOrderId() {
    return originalOrderId;
  }

  public Instant orderedAt() {
    return orderedAt;
  }

  public LocalDate orderDay() {
    return orderDay;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal exchangeRate() {
    return exchangeRate;
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal cost() {
    return cost;
  }

  public BigDecimal amountBase() {
    return amountBase;
  }

  public BigDecimal costBase() {
    return costBase;
  }

  public BigDecimal paid() {
    return paid == null ? BigDecimal.ZERO : paid;
  }

  public BigDecimal refunded() {
    return refunded == null ? BigDecimal.ZERO : refunded;
  }

  public int lineCount() {
    return lineCount;
  }

  public String source() {
    return source;
  }

  public LocalDate courseStart() {
    return courseStart;
  }

  public LocalDate courseEnd() {
    return courseEnd;
  }

  public String notes() {
    return notes;
  }

  public UUID signedBy() {
    return signedBy;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public List<OrderLine> lines() {
    return List.copyOf(lines);
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
