package io.pyra.sales.web;

import io.pyra.sales.order.Order;
import io.pyra.sales.order.OrderLine;
import io.pyra.sales.order.SaveOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The order form (new and edit): the customer by code, the order's terms and its lines, as typed.
 * Blank rows of lines are ignored; the version guards against overwriting someone else's save.
 */
public class OrderForm {

  /** Blank rows the form offers below the lines. */
  static final int BLANK_ROWS = 3;

  private Long version;
  private String customerCode;
  private UUID customerId;
  private String number;
  private String kind = "ORDER";
  private UUID contactId;
  private UUID ownerId;
  private UUID opportunityId;
  private UUID originalOrderId;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate orderedOn;

  private String currency;
  private String source;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate courseStart;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate courseEnd;

  private String notes;
  private List<LineForm> lines = new ArrayList<>();

  /** One row of lines. */
  public static class LineForm {
    private String productCode;
    private String description;
    private String quantity;
    private String unitPrice;
    private String discountPercent;
    private String unitCost;

    static LineForm of(OrderLine line, Map<UUID, String> codes) {
      LineForm form = new LineForm();
      form.productCode = line.productId() == null ? null : codes.get(line.productId());
      form.description = line.description();
      form.quantity = plain(line.quantity().abs());
      form.unitPrice = plain(line.unitPrice());
      form.discountPercent =
          line.discountPercent().signum() == 0 ? null : plain(line.discountPercent());
      form.unitCost = plain(line.unitCost());
      return form;
    }

    SaveOrder.Line line() {
      return new SaveOrder.Line(
          productCode, description, quantity, unitPrice, discountPercent, unitCost);
    }

    public String getProductCode() {
      return productCode;
    }

    public void setProductCode(String productCode) {
      this.productCode = productCode;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getQuantity() {
      return quantity;
    }

    public void setQuantity(String quantity) {
      this.quantity = quantity;
    }

    public String getUnitPrice() {
      return unitPrice;
    }

    public void setUnitPrice(String unitPrice) {
      this.unitPrice = unitPrice;
    }

    public String getDiscountPercent() {
      return discountPercent;
    }

    public void setDiscountPercent(String discountPercent) {
      this.discountPercent = discountPercent;
    }

    public String getUnitCost() {
      return unitCost;
    }

    public void setUnitCost(String unitCost) {
      this.unitCost = unitCost;
    }
  }

  static OrderForm of(Order order, String customerCode, Map<UUID, String> codes, ZoneId zone) {
    OrderForm form = new OrderForm();
    form.version = order.version();
    form.customerCode = customerCode;
    form.customerId = order.customerId();
    form.number = order.number();
    form.kind = order.kind().name();
    form.contactId = order.contactId();
    form.ownerId = order.ownerId();
    form.opportunityId = order.opportunityId();
    form.originalOrderId = order.originalOrderId();
    form.orderedOn = order.orderedAt().atZone(zone).toLocalDate();
    form.currency = order.currency();
    form.source = order.source();
    form.courseStart = order.courseStart();
    form.courseEnd = order.courseEnd();
    form.notes = order.notes();
    order.lines().forEach(l -> form.lines.add(LineForm.of(l, codes)));
    return form;
  }

  /** Adds blank rows up to {@code count} below the lines typed. */
  void padLines(int count) {
    for (int i = 0; i < count; i++) {
      lines.add(new LineForm());
    }
  }

  /**
   * The command; the order's time is the moment of saving when it is today's, else noon of the day
   * chosen, in the company's time zone ({@code keep}: the time already stored for that day).
   */
  SaveOrder command(ZoneId zone, Instant keep) {
    Instant orderedAt = null;
    if (orderedOn != null) {
      Instant now = Instant.now();
      if (keep != null && keep.atZone(zone).toLocalDate().equals(orderedOn)) {
        orderedAt = keep;
      } else if (now.atZone(zone).toLocalDate().equals(orderedOn)) {
        orderedAt = now;
      } else {
        orderedAt = orderedOn.atTime(12, 0).atZone(zone).toInstant();
      }
    }
    return new SaveOrder(
        customerCode == null || customerCode.isBlank() ? customerId : null,
        customerCode,
        number,
        kind,
        null,
        contactId,
        ownerId,
        opportunityId,
        originalOrderId,
        orderedAt,
        currency,
        source,
        courseStart,
        courseEnd,
        notes,
        lines.stream().map(LineForm::line).toList());
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getCustomerCode() {
    return customerCode;
  }

  public void setCustomerCode(String customerCode) {
    this.customerCode = customerCode;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public void setCustomerId(UUID customerId) {
    this.customerId = customerId;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public UUID getContactId() {
    return contactId;
  }

  public void setContactId(UUID contactId) {
    this.contactId = contactId;
  }

  public UUID getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(UUID ownerId) {
    this.ownerId = ownerId;
  }

  public UUID getOpportunityId() {
    return opportunityId;
  }

  public void setOpportunityId(UUID opportunityId) {
    this.opportunityId = opportunityId;
  }

  public UUID getOriginalOrderId() {
    return originalOrderId;
  }

  public void setOriginalOrderId(UUID originalOrderId) {
    this.originalOrderId = originalOrderId;
  }

  public LocalDate getOrderedOn() {
    return orderedOn;
  }

  public void setOrderedOn(LocalDate orderedOn) {
    this.orderedOn = orderedOn;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public LocalDate getCourseStart() {
    return courseStart;
  }

  public void setCourseStart(LocalDate courseStart) {
    this.courseStart = courseStart;
  }

  public LocalDate getCourseEnd() {
    return courseEnd;
  }

  public void setCourseEnd(LocalDate courseEnd) {
    this.courseEnd = courseEnd;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public List<LineForm> getLines() {
    return lines;
  }

  public void setLines(List<LineForm> lines) {
    this.lines = lines;
  }
}
