-- A generated order number (SO-000042) is now the sequence's next value with no look at the orders: the
-- sequence is kept ahead of every stored number of the form SO-<digits> (OrderNumbers). Move it past the
-- numbers given or imported before (H2 has no setval: its sequence restarts at the next value to hand out).
ALTER SEQUENCE sales_order_number_seq RESTART WITH (
  SELECT greatest(coalesce(max(CAST(substring(number FROM 4) AS BIGINT)), 0) + 1,
                  (SELECT base_value FROM information_schema.sequences
                    WHERE sequence_schema = current_schema AND sequence_name = 'sales_order_number_seq'))
    FROM sales_order
   WHERE regexp_like(number, '^SO-[0-9]{1,18}$'));
