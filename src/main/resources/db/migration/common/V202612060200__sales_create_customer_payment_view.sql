-- Published view: how each customer's instalments were paid, in the base currency, for analytics' credit
-- indicator (issue 14, ABC grades). One row per part of an instalment that a payment covered (paid_on the
-- day of that payment) and one per part that no payment covers yet (paid_on NULL). Payments cover the
-- instalments as `Allocation` does: the instalments in due order (due_on, seq), the payments in the order
-- they were paid (paid_at, created_at, id); an order without a schedule is due in full on its order day;
-- what is paid beyond the schedule covers nothing. Counted sales only (ORDER or CONTRACT, SIGNED, ACTIVE or
-- COMPLETED, amount above zero, a customer); refunds do not undo a payment's punctuality.
-- Amounts are the order's currency at the order's exchange rate. Columns are only ever added.
CREATE VIEW sales_customer_payment_view AS
SELECT d.customer_id AS customer_id, d.due_on AS due_on, p.paid_on AS paid_on,
       (LEAST(d.due_upto, p.paid_upto) - GREATEST(d.due_upto - d.amount, p.paid_upto - p.amount))
         * d.exchange_rate AS amount
  FROM (
    SELECT o.id AS order_id, o.customer_id AS customer_id, o.exchange_rate AS exchange_rate,
           i.due_on AS due_on, i.amount AS amount,
           SUM(i.amount) OVER (PARTITION BY i.order_id ORDER BY i.due_on, i.seq
                               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS due_upto
      FROM sales_order o
      JOIN sales_instalment i ON i.order_id = o.id
     WHERE o.status IN ('SIGNED', 'ACTIVE', 'COMPLETED') AND o.kind IN ('ORDER', 'CONTRACT')
       AND o.amount > 0 AND o.customer_id IS NOT NULL
    UNION ALL
    SELECT o.id, o.customer_id, o.exchange_rate, o.order_day, o.amount, o.amount
      FROM sales_order o
     WHERE o.status IN ('SIGNED', 'ACTIVE', 'COMPLETED') AND o.kind IN ('ORDER', 'CONTRACT')
       AND o.amount > 0 AND o.customer_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM sales_instalment s WHERE s.order_id = o.id)
  ) d
  JOIN (
    SELECT pp.order_id AS order_id, pp.paid_on AS paid_on, pp.amount AS amount,
           SUM(pp.amount) OVER (PARTITION BY pp.order_id ORDER BY pp.paid_at, pp.created_at, pp.id
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS paid_upto
      FROM sales_payment pp
  ) p ON p.order_id = d.order_id
     AND p.paid_upto - p.amount < d.due_upto AND d.due_upto - d.amount < p.paid_upto
UNION ALL
SELECT d.customer_id, d.due_on, NULL,
       (d.due_upto - GREATEST(d.due_upto - d.amount, COALESCE(t.paid, 0))) * d.exchange_rate
  FROM (
    SELECT o.id AS order_id, o.customer_id AS customer_id, o.exchange_rate AS exchange_rate,
           i.due_on AS due_on, i.amount AS amount,
           SUM(i.amount) OVER (PARTITION BY i.order_id ORDER BY i.due_on, i.seq
                               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS due_upto
      FROM sales_order o
      JOIN sales_instalment i ON i.order_id = o.id
     WHERE o.status IN ('SIGNED', 'ACTIVE', 'COMPLETED') AND o.kind IN ('ORDER', 'CONTRACT')
       AND o.amount > 0 AND o.customer_id IS NOT NULL
    UNION ALL
    SELECT o.id, o.customer_id, o.exchange_rate, o.order_day, o.amount, o.amount
      FROM sales_order o
     WHERE o.status IN ('SIGNED', 'ACTIVE', 'COMPLETED') AND o.kind IN ('ORDER', 'CONTRACT')
       AND o.amount > 0 AND o.customer_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM sales_instalment s WHERE s.order_id = o.id)
  ) d
  LEFT JOIN (SELECT order_id, SUM(amount) AS paid FROM sales_payment GROUP BY order_id) t
    ON t.order_id = d.order_id
 WHERE COALESCE(t.paid, 0) < d.due_upto;
