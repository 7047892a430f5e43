package io.pyra.support.knowledge;

import io.pyra.identity.UserId;
import io.pyra.platform.taxonomy.SaveTerm;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's knowledge base ({@code ./pyra run --demo}): two categories and a handful of
 * published articles in English and Chinese about refunds, lesson changes and membership cards,
 * written through {@link Articles} like any other, once, into an empty knowledge base.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "pyra.demo.enabled", havingValue = "true")
class KnowledgeDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeDemo.class);

  private record Demo(
      String category, String language, String title, String body, List<String> tags) {}

  private static final List<Demo> ARTICLES =
      List.of(
          new Demo(
              "BILLING",
              "en",
              "How to request a refund",
              "A customer may ask for a refund of unused lessons within **30 days** of payment.\n\n"
                  + "1. Check the contract and the lessons taken.\n"
                  + "2. Fill in the refund form.\n"
                  + "3. A manager approves refunds above 2,000 CNY.",
              List.of("refund", "contract")),
          new Demo(
              "BILLING",
              "zh-CN",
              "如何申请退款",
              "客户可在付款后 **30 天**内申请退还未上的课时费用。\n\n"
                  + "1. 核对合同和已上课时。\n2. 填写退款申请表。\n3. 超过 2,000 元的退款需经理审批。",
              List.of("退款", "合同")),
          new Demo(
              "LESSONS",
              "en",
              "Moving a lesson to another day",
              "Lessons can be moved up to **24 hours** before they start. Later changes count as"
                  + " taken, unless the centre cancelled.",
              List.of("lesson", "schedule")),
          new Demo(
              "LESSONS",
              "zh-CN",
              "调课规则",
              "上课前 **24 小时**以上可以调课。之后的调课按已上课处理，中心取消的除外。",
              List.of("调课", "课程")),
          new Demo(
              "BILLING",
              "zh-CN",
              "会员卡遗失怎么办",
              "请客户携带身份证到前台挂失并补办会员卡，补卡费 20 元，原卡余额自动转入新卡。",
              List.of("会员卡")),
          new Demo(
              "BILLING",
              "en",
              "Lost membership card",
              "The customer reports the loss at the front desk with an ID. A new card costs 20 CNY;"
                  + " the balance moves to the new card.",
              List.of("membership card")));

  private final Articles articles;
  private final ArticleCategories categories;
  private final JdbcClient jdbc;

  KnowledgeDemo(Articles articles, ArticleCategories categories, JdbcClient jdbc) {
    this.articles = articles;
    this.categories = categories;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from support_article").query(Long.class).single() > 0) {
      log.info("Demo: the knowledge base is already there, nothing loaded");
      return;
    }
    List<UUID> authors =
        jdbc.sql("select id from identity_user_view where active = true order by display_name, id")
            .query(UUID.class)
            .list();
    if (authors.isEmpty()) {
      return;
    }
    UserId author = new UserId(authors.getFirst());
    if (categories.byCode("BILLING").isEmpty()) {
      categories.create(
          new SaveTerm(null, "BILLING", "Billing and refunds", "账务与退款", 10, true, null));
    }
    if (categories.byCode("LESSONS").isEmpty()) {
      categories.create(
          new SaveTerm(null, "LESSONS", "Lessons and schedules", "课程与排课", 20, true, null));
    }
    for (Demo demo : ARTICLES) {
      Article article =
          articles.create(
              new SaveArticle(
                  demo.title(),
                  demo.body(),
                  demo.category(),
                  demo.tags(),
                  demo.language(),
                  "CUSTOMER",
                  null),
              author);
      articles.publish(article.id(), null);
    }
    log.info("Demo: {} knowledge-base articles", ARTICLES.size());
  }
}
