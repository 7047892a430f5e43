package io.pyra.sales;

import io.pyra.customer.CustomerId;
import java.math.BigDecimal;

/**
 * What a contract gives for one course: the contract (its id and number), its customer, whether it
 * is usable (a CONTRACT that is signed or active: neither a draft, nor cancelled, nor completed),
 * the seats (the total quantity of its lines of the course, whole seats) and their amount in the
 * base currency (the lines' amount at the contract's exchange rate).
 */
public record ContractCourse(
    OrderId orderId,
    String number,
    CustomerId customerId,
    boolean usable,
    int seats,
    BigDecimal amountBase) {}
