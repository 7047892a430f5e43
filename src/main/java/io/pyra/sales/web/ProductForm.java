package io.pyra.sales.web;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.sales.catalogue.CreateProduct;
import io.pyra.sales.catalogue.Product;
import io.pyra.sales.catalogue.UpdateProduct;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The product form, for create and update: prices and days as typed, read into exact decimals and
 * dates when saved (a value that is not one is refused naming its field).
 */
public class ProductForm {

  @Size(max = 100)
  private String code;

  @Size(max = 1000)
  private String name;

  @Size(max = 60)
  private String category;

  @Size(max = 12)
  private String unit;

  @Size(max = 40)
  private String listPrice;

  @Size(max = 40)
  private String unitCost;

  @Size(max = 10)
  private String currency;

  private boolean active = true;

  @Size(max = 20)
  private String validFrom;

  @Size(max = 20)
  private String validTo;

  @Size(max = 4000)
  private String description;

  private Long version;

  static ProductForm of(Product product, String categoryCode) {
    ProductForm form = new ProductForm();
    form.code = product.code();
    form.name = product.name();
    form.category = categoryCode;
    form.unit = product.unit().name();
    form.listPrice = plain(product.listPrice());
    form.unitCost = plain(product.unitCost());
    form.currency = product.currency();
    form.active = product.active();
    form.validFrom = product.validFrom() == null ? null : product.validFrom().toString();
    form.validTo = product.validTo() == null ? null : product.validTo().toString();
    form.description = product.description();
    form.version = product.version();
    return form;
  }

  CreateProduct create() {
    Parsed p = parse();
    return new CreateProduct(
        code,
        name,
        category,
        unit,
        p.listPrice,
        p.unitCost,
        currency,
        active,
        p.validFrom,
        p.validTo,
        description);
  }

  UpdateProduct update() {
    Parsed p = parse();
    return new UpdateProduct(
        code,
        name,
        category,
        unit,
        p.listPrice,
        p.unitCost,
        currency,
        active,
        p.validFrom,
        p.validTo,
        description,
        version);
  }

  private record Parsed(
      BigDecimal listPrice, BigDecimal unitCost, LocalDate validFrom, LocalDate validTo) {}

  private Parsed parse() {
    List<RuleViolation> violations = new ArrayList<>();
    Parsed parsed =
        new Parsed(
            decimal("listPrice", listPrice, violations),
            decimal("unitCost", unitCost, violations),
            day("validFrom", validFrom, violations),
            day("validTo", validTo, violations));
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    return parsed;
  }

  private static BigDecimal decimal(String field, String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(" ", "").replace(",", ""));
    } catch (NumberFormatException e) {
      violations.add(new RuleViolation(field, "number", "product." + field + ".number"));
      return null;
    }
  }

  private static LocalDate day(String field, String text, List<RuleViolation> violations) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      violations.add(new RuleViolation(field, "date", "product." + field + ".date"));
      return null;
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getListPrice() {
    return listPrice;
  }

  public void setListPrice(String listPrice) {
    this.listPrice = listPrice;
  }

  public String getUnitCost() {
    return unitCost;
  }

  public void setUnitCost(String unitCost) {
    this.unitCost = unitCost;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(String validFrom) {
    this.validFrom = validFrom;
  }

  public String getValidTo() {
    return validTo;
  }

  public void setValidTo(String validTo) {
    this.validTo = validTo;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
