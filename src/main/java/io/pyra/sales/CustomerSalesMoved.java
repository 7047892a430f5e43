package io.pyra.sales;

import io.pyra.customer.CustomerId;

/**
 * After two customers were merged, the orders and opportunities of {@code fromId} now belong to
 * {@code toId}: read models of what each customer bought recompute both.
 */
public record CustomerSalesMoved(
    CustomerId fromId, CustomerId toId, int orders, int opportunities) {}
