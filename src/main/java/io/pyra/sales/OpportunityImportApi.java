package io.pyra.sales;

import io.pyra.identity.UserId;
import io.pyra.sales.pipelineimport.ImportedOpportunities;
import io.pyra.sales.pipelineimport.ImportedProducts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What the import of a sales pipeline (integration module) may use of the sales module: the base
 * currency, the stages of the shipped B2B pipeline, catalogue products named by an import (created
 * when missing) and the import's opportunities, compared with the stored ones by code and written
 * in the caller's transaction. Importing the same rows again changes nothing.
 */
@Service
public class OpportunityImportApi {

  /** The pipeline imported opportunities go into. */
  public static final String PIPELINE = "B2B";

  /** What an import does with a row: create it, change the stored one, or leave it (unchanged). */
  public enum Action {
    CREATE,
    UPDATE,
    SKIP
  }

  private final ImportedProducts products;
  private final ImportedOpportunities opportunities;

  OpportunityImportApi(ImportedProducts products, ImportedOpportunities opportunities) {
    this.products = products;
    this.opportunities = opportunities;
  }

  /**
   * The catalogue code of a product named {@code name}: its letters and digits in upper case ("GTX
   * Pro" and "GTXPro" are both GTXPRO), at most 40 characters; null for a blank name.
   */
  public static String productCode(String name) {
    if (name == null) {
      return null;
    }
    String code = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    if (code.isEmpty()) {
      return null;
    }
    return code.length() > 40 ? code.substring(0, 40) : code;
  }

  /** The company's base currency (sales settings), CNY when it is not set yet. */
  public String baseCurrency() {
    return products.baseCurrency();
  }

  /** The codes of the stages of {@link #PIPELINE}, in their order. */
  public List<String> stages() {
    return opportunities.stageCodes();
  }

  /** The codes of the catalogue's products. */
  public Set<String> productCodes() {
    return products.codes();
  }

  /**
   * Creates the products (by {@link #productCode}) and categories (by series) that are missing, in
   * the caller's transaction; existing ones are left as they are. Answers how many were created.
   */
  public int saveProducts(List<ImportedProduct> imported) {
    return products.save(imported);
  }

  /** For each row, in order, what writing it would do to the stored opportunity of its code. */
  public List<Action> decide(List<ImportedOpportunity> rows) {
    return opportunities.decide(rows);
  }

  /**
   * Writes the rows in the caller's transaction (new ones created, changed ones updated with a
   * stage change when the stage moved, unchanged ones left) and answers what became of each.
   */
  public List<Action> write(List<ImportedOpportunity> rows, UserId actor) {
    return opportunities.write(rows, actor);
  }
}
