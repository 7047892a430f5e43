package io.pyra.integration.importing;

import io.pyra.platform.error.Problems;
import io.pyra.sales.SalesImportApi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides and writes one chunk of product rows: matched by code, created, changed, or skipped when
 * the stored product already holds the row's values.
 */
@Component
class ProductChunk {

  private static final Set<String> YES = Set.of("true", "yes", "y", "1", "是", "启用", "有效");
  private static final Set<String> NO = Set.of("false", "no", "n", "0", "否", "停用", "无效");

  private final SalesImportApi sales;
  private final Problems problems;

  ProductChunk(SalesImportApi sales, Problems problems) {
    this.sales = sales;
    this.problems = problems;
  }

  private record Parsed(
      SourceRow row, SalesImportApi.ImportProduct product, List<RowOutcome.Problem> problems) {}

  PreparedChunk prepare(List<SourceRow> rows, ColumnPlan plan, SalesImportContext context) {
    List<Parsed> parsed = new ArrayList<>(rows.size());
    rows.forEach(row -> parsed.add(parse(row, plan, context)));
    return new PreparedChunk(
        rows.size(), rows.getLast().number(), false, () -> decide(parsed, context), rows);
  }

  private Parsed parse(SourceRow row, ColumnPlan plan, SalesImportContext context) {
    List<RowOutcome.Problem> found = new ArrayList<>();
    String code = OrderLineChunk.cell(row, plan, "productCode");
    if (code == null) {
      found.add(problem(plan, "productCode", "required", "import.sales.required", context));
    } else if (code.length() > 40) {
      found.add(problem(plan, "productCode", "too-long", "import.sales.too-long", context, 40));
    }
    String name = OrderLineChunk.cell(row, plan, "productName");
    if (name == null) {
      found.add(problem(plan, "productName", "required", "import.sales.required", context));
    } else if (name.length() > 300) {
      found.add(problem(plan, "productName", "too-long", "import.sales.too-long", context, 300));
    }
    String category = OrderLineChunk.cell(row, plan, "categoryCode");
    if (category != null) {
      if (!categories(context).contains(category)) {
        found.add(
            problem(
                plan,
                "categoryCode",
                "category-unknown",
                "import.sales.category-unknown",
                context,
                category));
      }
    }
    String unitText = OrderLineChunk.cell(row, plan, "unit");
    String unit = unitText == null ? "PIECE" : unitText.toUpperCase(Locale.ROOT);
    if (!SalesImportApi.UNITS.contains(unit)) {
      found.add(
          problem(
              plan,
              "unit",
              "unit",
              "import.sales.unit",
              context,
              unitText,
              String.join(", ", SalesImportApi.UNITS)));
    }
    BigDecimal listPrice = amount(row, plan, "listPrice", found, context);
    BigDecimal unitCost = amount(row, plan, "unitCost", found, context);
    String currencyText = OrderLineChunk.cell(row, plan, "currency");
    String currency = currencyText == null ? context.currency : SalesCells.currency(currencyText);
    if (currency == null) {
      found.add(
          problem(plan, "currency", "currency", "import.sales.currency", context, currencyText));
    }
    boolean active = true;
    String activeText = OrderLineChunk.cell(row, plan, "active");
    if (activeText != null) {
      String word = activeText.toLowerCase(Locale.ROOT);
      if (YES.contains(word)) {
        active = true;
      } else if (NO.contains(word)) {
        active = false;
      } else {
        found.add(problem(plan, "active", "boolean", "import.sales.boolean", context, activeText));
      }
    }
    LocalDate from = day(row, plan, "validFrom", found, context);
    LocalDate to = day(row, plan, "validTo", found, context);
    if (from != null && to != null && to.isBefore(from)) {
      found.add(problem(plan, "validTo", "period", "import.sales.period", context, from, to));
    }
    return new Parsed(
        row,
        new SalesImportApi.ImportProduct(
            code, name, category, unit, listPrice, unitCost, currency, active, from, to),
        found);
  }

  private Set<String> categories(SalesImportContext context) {
    if (context.categories == null) {
      context.categories = sales.categories();
    }
    return context.categories;
  }

  private BigDecimal amount(
      SourceRow row,
      ColumnPlan plan,
      String field,
      List<RowOutcome.Problem> found,
      SalesImportContext context) {
    String text = OrderLineChunk.cell(row, plan, field);
    if (text == null) {
      return null;
    }
    BigDecimal value = SalesCells.decimal(text);
    if (value == null
        || value.signum() < 0
        || value.scale() > 6
        || value.precision() - value.scale() > 13) {
      found.add(problem(plan, field, "price", "import.sales.price", context, text));
      return null;
    }
    return value;
  }

  private LocalDate day(
      SourceRow row,
      ColumnPlan plan,
      String field,
      List<RowOutcome.Problem> found,
      SalesImportContext context) {
    String text = OrderLineChunk.cell(row, plan, field);
    if (text == null) {
      return null;
    }
    LocalDate day = SalesCells.day(text);
    if (day == null) {
      found.add(problem(plan, field, "date", "import.sales.date", context, text));
    }
    return day;
  }

  private record Decision(List<RowOutcome> outcomes, Runnable writer) implements ChunkDecision {

    @Override
    public boolean overtakenBy(Footprint written) {
      return true;
    }

    @Override
    public Footprint write() {
      writer.run();
      return Footprint.NONE;
    }
  }

  private Decision decide(List<Parsed> parsed, SalesImportContext context) {
    Map<String, SalesImportApi.StoredProduct> stored =
        sales.products(
            parsed.stream()
                .filter(p -> p.problems().isEmpty())
                .map(p -> p.product().code())
                .toList());
    List<RowOutcome> outcomes = new ArrayList<>(parsed.size());
    List<SalesImportApi.ImportProduct> creates = new ArrayList<>();
    List<SalesImportApi.ImportProduct> updates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Parsed p : parsed) {
      int number = p.row().number();
      SalesImportApi.ImportProduct product = p.product();
      List<RowOutcome.Problem> found = new ArrayList<>(p.problems());
      if (found.isEmpty() && !seen.add(product.code())) {
        found.add(
            problem(
                null, "productCode", "repeated", "import.sales.repeated", context, product.code()));
      }
      if (!found.isEmpty()) {
        outcomes.add(new RowOutcome(number, RowOutcome.ERROR, product.code(), found));
        continue;
      }
      SalesImportApi.StoredProduct before = stored.get(product.code());
      if (before == null) {
        creates.add(product);
        outcomes.add(new RowOutcome(number, RowOutcome.CREATE, product.code(), List.of()));
      } else if (same(before, product)) {
        outcomes.add(new RowOutcome(number, RowOutcome.SKIP, product.code(), List.of()));
      } else {
        updates.add(product);
        outcomes.add(new RowOutcome(number, RowOutcome.UPDATE, product.code(), List.of()));
      }
    }
    return new Decision(outcomes, () -> sales.writeProducts(creates, updates));
  }

  private static boolean same(SalesImportApi.StoredProduct s, SalesImportApi.ImportProduct p) {
    return s.name().equals(p.name())
        && Objects.equals(s.categoryCode(), p.categoryCode())
        && s.unit().equals(p.unit())
        && sameNumber(s.listPrice(), p.listPrice())
        && sameNumber(s.unitCost(), p.unitCost())
        && s.currency().equals(p.currency())
        && s.active() == p.active()
        && Objects.equals(s.validFrom(), p.validFrom())
        && Objects.equals(s.validTo(), p.validTo());
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private RowOutcome.Problem problem(
      ColumnPlan plan,
      String field,
      String rule,
      String key,
      SalesImportContext context,
      Object... args) {
    String column = null;
    if (plan != null) {
      for (ColumnPlan.Column c : plan.columns()) {
        if (c.field().equals(field)) {
          column = c.name();
        }
      }
    }
    return new RowOutcome.Problem(
        column, field, rule, problems.messageOf(key, context.locale, args), true);
  }
}
