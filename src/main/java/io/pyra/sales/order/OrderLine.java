package io.pyra.sales.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of an order: a product of the catalogue or a free description, quantity × unit price
 * less the discount, and its cost. Amount and cost are exact to six decimals (half-even); a credit
 * note's quantities are negative.
 */
@Embeddable
public class OrderLine {

  static final int SCALE = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Column(name = "product_id")
  private UUID productId;

  private String description;

  private BigDecimal quantity;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  @Column(name = "discount_percent")
  private BigDecimal discountPercent;

  @Column(name = "unit_cost")
  private BigDecimal unitCost;

  private BigDecimal amount;

  private BigDecimal cost;

  protected OrderLine() {}

  public OrderLine(
      UUID productId,
      String description,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discountPercent,
      BigDecimal unitCost) {
    this.productId = productId;
    this.description = description;
    this.quantity = Objects.requireNonNull(quantity, "quantity");
    this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
    this.discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
    this.unitCost = unitCost == null ? BigDecimal.ZERO : unitCost;
    this.amount = amountOf(this.quantity, this.unitPrice, this.discountPercent);
    this.cost = this.quantity.multiply(this.unitCost).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** quantity × unit price × (1 − discount / 100), to six decimals, half-even. */
  static BigDecimal amountOf(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
    BigDecimal gross = quantity.multiply(unitPrice);
    BigDecimal net =
        discount.signum() == 0 ? gross : gross.multiply(HUNDRED.subtract(discount)).divide(HUNDRED);
    return net.setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** Whether this line says the same as {@code other} (numbers compared by value). */
  boolean sameAs(OrderLine other) {
    return Objects.equals(productId, other.productId)
        && Objects.equals(description, other.description)
        && quantity.compareTo(other.quantity) == 0
        && unitPrice.compareTo(other.unitPrice) == 0
        && discountPercent.compareTo(other.discountPercent) == 0
        && unitCost.compareTo(other.unitCost) == 0;
  }

  public UUID productId() {
    return productId;
  }

  public String description() {
    return description;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }

  public BigDecimal discountPercent() {
    return discountPercent;
  }

  public BigDecimal unitCost() {
    return unitCost;
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal cost() {
    return cost;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderLine other && sameAs(other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(productId, description, quantity.stripTrailingZeros());
  }

  /** As the audit log shows a line. */
  @Override
  public String toString() {
    return (description == null ? String.valueOf(productId) : description)
        + " "
        + quantity.stripTrailingZeros().toPlainString()
        + " × "
        + unitPrice.stripTrailingZeros().toPlainString()
        + (discountPercent.signum() == 0
            ? ""
            : " −" + discountPercent.stripTrailingZeros().toPlainString() + "%");
  }
}
