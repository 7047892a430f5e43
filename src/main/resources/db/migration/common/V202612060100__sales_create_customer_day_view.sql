-- Published view: what each customer bought and returned on each day, in the base currency, as the sales
-- analysis counts it. An order counts once SIGNED, ACTIVE or COMPLETED: a sale (ORDER, CONTRACT) adds one
-- to `sales`, its amount to `net_revenue` and its cost to `cost`; a credit note adds its (negative) amount
-- and cost; a refund of a counted sale takes its amount at the order's rate off `net_revenue` on the day it
-- was made. Anonymous sales (no customer) are left out. Read by analytics, which keeps its own per-customer
-- figures from it (a rebuild, and a customer at a time after each sales event).
CREATE VIEW sales_customer_day_view AS
SELECT customer_id, sale_day, SUM(sales) AS sales, SUM(net_revenue) AS net_revenue, SUM(cost) AS cost
  FROM (
    SELECT o.customer_id AS customer_id, o.order_day AS sale_day,
           CASE WHEN o.kind IN ('ORDER', 'CONTRACT') THEN 1 ELSE 0 END AS sales,
           o.amount_base AS net_revenue, o.cost_base AS cost
      FROM sales_order o
     WHERE o.status IN ('SIGNED', 'ACTIVE', 'COMPLETED') AND o.customer_id IS NOT NULL
    UNION ALL
    SELECT o.customer_id, r.refunded_on, 0, -(r.amount * o.exchange_rate), 0
      FROM sales_refund r
      JOIN sales_order o ON o.id = r.order_id
     WHERE o.status IN ('SIGNED', 'ACTIVE', 'COMPLETED') AND o.kind IN ('ORDER', 'CONTRACT')
       AND o.amount <> 0 AND o.customer_id IS NOT NULL
  ) x
 GROUP BY customer_id, sale_day;
