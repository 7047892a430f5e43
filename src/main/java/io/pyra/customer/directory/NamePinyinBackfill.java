package io.pyra.customer.directory;

import io.pyra.customer.profile.NamePinyin;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills in the pinyin search key of customers written without one (before the column existed, or by
 * a writer that does not know it), a batch per transaction, at every start after the demo data.
 * Idempotent: a row once done holds its key (empty without Chinese characters) and is not read
 * again.
 */
@Component
@Order(100)
public class NamePinyinBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(NamePinyinBackfill.class);
  static final int BATCH = 1000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactions;

  NamePinyinBackfill(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.template = template;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    int done = run();
    if (done > 0) {
      log.info("pinyin search keys computed for {} customers", done);
    }
  }

  /** Computes the missing keys; answers how many rows it filled in. */
  public int run() {
    int total = 0;
    int done;
    do {
      Integer filled = transactions.execute(status -> batch());
      done = filled == null ? 0 : filled;
      total += done;
    } while (done == BATCH);
    return total;
  }

  private record Row(UUID id, String name) {}

  private int batch() {
    List<Row> rows =
        jdbc.sql(
                "select id, name from customer_customer where name_pinyin is null order by id fetch first "
                    + BATCH
                    + " rows only")
            .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2)))
            .list();
    if (!rows.isEmpty()) {
      template.batchUpdate(
          "update customer_customer set name_pinyin = ? where id = ? and name_pinyin is null",
          rows.stream().map(r -> new Object[] {NamePinyin.of(r.name()), r.id()}).toList());
    }
    return rows.size();
  }
}
