-- A generated order number (SO-000042) is now the sequence's next value with no look at the orders: the
-- sequence is kept ahead of every stored number of the form SO-<digits> (OrderNumbers). Move it past the
-- numbers given or imported before.
SELECT setval('sales_order_number_seq', s.highest)
  FROM (SELECT max(CAST(substring(number FROM 4) AS BIGINT)) AS highest
          FROM sales_order
         WHERE number ~ '^SO-[0-9]{1,18}$') s
 WHERE s.highest IS NOT NULL
   AND s.highest >= (SELECT last_value FROM sales_order_number_seq);
