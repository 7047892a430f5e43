package io.pyra.sales.order;

import io.pyra.platform.bulk.BulkRows;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Order numbers a user leaves to Pyra: {@code SO-000001}, {@code SO-000002} … from the sequence
 * {@code sales_order_number_seq}, which is kept ahead of every stored number of the form {@code
 * SO-<digits>}: an order created or imported with such a number of its own moves the sequence past
 * it ({@link #taken}), and a migration did so for the numbers stored before. A generated number
 * then needs only the sequence's next value, no look at the orders. Two writers racing (a number
 * given on one node while another draws the same from the sequence) still meet the unique
 * constraint, which the service answers as a taken {@code number}.
 */
@Component
public class OrderNumbers {

  private static final Pattern GENERATED_FORM = Pattern.compile("SO-(\\d{1,18})");

  // setval only when the sequence is behind: a sequence write is logged, and the common case (the
  // number is below the sequence) writes nothing
  private static final String ADVANCE_POSTGRES =
      """
      select setval('sales_order_number_seq', greatest(last_value, :n)) from sales_order_number_seq
       where last_value < :n or (last_value = :n and not is_called)""";

  // H2 has no setval; base_value is the value its sequence hands out next
  private static final String NEXT_H2 =
      """
      select base_value from information_schema.sequences
       where sequence_schema = current_schema and sequence_name = 'sales_order_number_seq'""";

  private static final String RESTART_H2 =
      "alter sequence sales_order_number_seq restart with :next";

  private final JdbcClient jdbc;
  private final BulkRows database;

  OrderNumbers(JdbcClient jdbc, BulkRows database) {
    this.jdbc = jdbc;
    this.database = database;
  }

  /** A new number from the sequence. */
  public String next() {
    return format(jdbc.sql("select nextval('sales_order_number_seq')").query(Long.class).single());
  }

  /**
   * Moves the sequence past these numbers (given by users or imported), those of the form {@code
   * SO-<digits>}; others cannot meet a generated number.
   */
  public void taken(Collection<String> numbers) {
    long highest = -1;
    for (String number : numbers) {
      OptionalLong value = value(number);
      if (value.isPresent()) {
        highest = Math.max(highest, value.getAsLong());
      }
    }
    if (highest < 0) {
      return;
    }
    if (database.postgres()) {
      jdbc.sql(ADVANCE_POSTGRES).param("n", highest).query(Long.class).list();
      return;
    }
    long next = jdbc.sql(NEXT_H2).query(Long.class).single();
    if (next <= highest) {
      // does not commit in H2 and counts at once for every session, as setval does
      jdbc.sql(RESTART_H2).param("next", highest + 1).update();
    }
  }

  static String format(long value) {
    return "SO-" + String.format("%06d", value);
  }

  /** The sequence value a number of the form {@code SO-<digits>} stands for. */
  static OptionalLong value(String number) {
    if (number == null) {
      return OptionalLong.empty();
    }
    Matcher matcher = GENERATED_FORM.matcher(number);
    return matcher.matches()
        ? OptionalLong.of(Long.parseLong(matcher.group(1)))
        : OptionalLong.empty();
  }
}
