package io.pyra.sales;

import io.pyra.customer.CustomerId;
import io.pyra.sales.figures.CustomerSalesFiguresQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What other modules may use of the sales module: the figures of a customer (revenue, cost, margin,
 * what is outstanding and overdue, and how punctually it pays: the credit indicator the grading
 * uses). The figures are the customer's whatever the reader's reach over orders; a caller that
 * shows them checks that the reader may see the customer and sales figures.
 */
@Service
public class SalesApi {

  private final CustomerSalesFiguresQuery figures;
  private final ZoneId zone;

  SalesApi(
      CustomerSalesFiguresQuery figures, @Value("${pyra.time-zone:Asia/Shanghai}") String zone) {
    this.figures = figures;
    this.zone = ZoneId.of(zone);
  }

  /**
   * The customer's figures today, in the company's time zone (see {@link CustomerSalesFigures}).
   */
  public CustomerSalesFigures figuresOf(CustomerId customerId) {
    return figuresOf(customerId, LocalDate.now(zone));
  }

  /**
   * The customer's figures on the company's day {@code asOf}: the orders, payments and refunds of
   * the days up to it count. See {@code FiguresArithmetic.compute} for each figure's definition.
   */
  public CustomerSalesFigures figuresOf(CustomerId customerId, LocalDate asOf) {
    return figures.of(customerId, asOf);
  }
}
