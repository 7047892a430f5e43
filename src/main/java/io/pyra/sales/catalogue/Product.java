package io.pyra.sales.catalogue;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A product, course or service the business sells: a code unique regardless of case, a name, a
 * category, the unit it is sold by, a list price and a unit cost in its currency (exact decimals),
 * an active flag and the days it is offered. It refuses values that break its rules, each violation
 * naming its field.
 */
@Entity
@Table(name = "sales_product")
public class Product {

  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 300;
  public static final int DESCRIPTION_MAX = 2000;

  /** Decimals an amount may have (the columns keep six). */
  public static final int AMOUNT_SCALE = 6;

  /** Digits before the decimal point an amount may have (DECIMAL(19,6)). */
  public static final int AMOUNT_INTEGER_DIGITS = 13;

  /** Letters, digits, spaces and {@code - _ .}, starting with a letter or a digit. */
  private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._\\-]*");

  @Id private UUID id;

  private String code;

  private String name;

  @Column(name = "category_id")
  private UUID categoryId;

  @Enumerated(EnumType.STRING)
  private ProductUnit unit;

  @Column(name = "list_price")
  private BigDecimal listPrice;

  @Column(name = "unit_cost")
  private BigDecimal unitCost;

  private String currency;

  private boolean active;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  private String description;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Product() {}

  /**
   * A new product as the draft says, in the category with this id ({@code null}: none).
   *
   * @throws BusinessRuleException naming each field whose value breaks a rule
   */
  static Product create(ProductDraft draft, UUID categoryId, Instant now) {
    Product product = new Product();
    product.id = Ids.newId();
    product.createdAt = now;
    product.apply(draft, categoryId, now);
    return product;
  }

  /**
   * Takes the draft's values.
   *
   * @throws BusinessRuleException naming each field whose value breaks a rule; nothing changes
   */
  void change(ProductDraft draft, UUID categoryId, Instant now) {
    apply(draft, categoryId, now);
  }

  private void apply(ProductDraft draft, UUID categoryId, Instant now) {
    List<RuleViolation> violations = violations(draft);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    this.code = draft.cleanCode();
    this.name = draft.cleanName();
    this.categoryId = categoryId;
    this.unit = ProductUnit.parse(draft.unit()).orElseThrow();
    this.listPrice = draft.listPrice();
    this.unitCost = draft.unitCost();
    this.currency = draft.cleanCurrency();
    this.active = draft.active();
    this.validFrom = draft.validFrom();
    this.validTo = draft.validTo();
    this.description = draft.cleanDescription();
    this.updatedAt = now;
  }

  /**
   * The rules a product's own values must keep, each broken one naming its field: the code (1 to
   * {@value #CODE_MAX} characters of the pattern), the name (1 to {@value #NAME_MAX}), the unit,
   * the list price and unit cost (not negative, at most six decimals and thirteen digits before the
   * point), the currency (ISO 4217), validity (from ≤ to) and the description (at most {@value
   * #DESCRIPTION_MAX}). Uniqueness and the category are the service's.
   */
  static List<RuleViolation> violations(ProductDraft draft) {
    List<RuleViolation> violations = new ArrayList<>();
    String code = draft.cleanCode();
    if (code.isEmpty()) {
      violations.add(new RuleViolation("code", "required", "product.code.required"));
    } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
      violations.add(new RuleViolation("code", "pattern", "product.code.pattern", CODE_MAX));
    }
    String name = draft.cleanName();
    if (name.isEmpty()) {
      violations.add(new RuleViolation("name", "required", "product.name.required"));
    } else if (name.length() > NAME_MAX) {
      violations.add(new RuleViolation("name", "size", "product.name.size", NAME_MAX));
    }
    if (draft.unit() == null || draft.unit().isBlank()) {
      violations.add(new RuleViolation("unit", "required", "product.unit.required"));
    } else if (ProductUnit.parse(draft.unit()).isEmpty()) {
      violations.add(
          new RuleViolation("unit", "one-of", "product.unit.unknown", draft.unit().strip()));
    }
    amount("listPrice", draft.listPrice(), violations);
    amount("unitCost", draft.unitCost(), violations);
    String currency = draft.cleanCurrency();
    if (currency.isEmpty()) {
      violations.add(new RuleViolation("currency", "required", "product.currency.required"));
    } else if (!isCurrency(currency)) {
      violations.add(
          new RuleViolation("currency", "currency", "product.currency.unknown", currency));
    }
    if (draft.validFrom() != null
        && draft.validTo() != null
        && draft.validTo().isBefore(draft.validFrom())) {
      violations.add(new RuleViolation("validTo", "after", "product.validTo.beforeFrom"));
    }
    String description = draft.cleanDescription();
    if (description != null && description.length() > DESCRIPTION_MAX) {
      violations.add(
          new RuleViolation("description", "size", "product.description.size", DESCRIPTION_MAX));
    }
    return violations;
  }

  private static void amount(String field, BigDecimal value, List<RuleViolation> violations) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      violations.add(new RuleViolation(field, "min", "product." + field + ".negative"));
    } else if (value.stripTrailingZeros().scale() > AMOUNT_SCALE) {
      violations.add(
          new RuleViolation(field, "scale", "product." + field + ".scale", AMOUNT_SCALE));
    } else if (value.precision() - value.scale() > AMOUNT_INTEGER_DIGITS) {
      violations.add(new RuleViolation(field, "max", "product." + field + ".max"));
    }
  }

  /** Whether {@code code} is an ISO 4217 currency code (three capital letters Java knows). */
  static boolean isCurrency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  /** The category's id, {@code null} when the product has none. */
  public UUID categoryId() {
    return categoryId;
  }

  public ProductUnit unit() {
    return unit;
  }

  /** The list price in {@link #currency()}, {@code null} when none is set. */
  public BigDecimal listPrice() {
    return listPrice;
  }

  /** The unit cost in {@link #currency()}, {@code null} when none is set. */
  public BigDecimal unitCost() {
    return unitCost;
  }

  public String currency() {
    return currency;
  }

  public boolean active() {
    return active;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public String description() {
    return description;
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
