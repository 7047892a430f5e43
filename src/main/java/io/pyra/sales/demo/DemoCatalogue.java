package io.pyra.sales.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo training company's catalogue: courses, one-to-one hours, materials and licences, with
 * list prices and unit costs in CNY, in five categories.
 */
final class DemoCatalogue {

  record Category(String code, String nameEn, String nameZh) {}

  record Product(
      String code,
      String name,
      String category,
      String unit,
      BigDecimal price,
      BigDecimal cost,
      boolean forOrganizations) {}

  static final List<Category> CATEGORIES =
      List.of(
          new Category("DEMO-LANGUAGE", "Language courses", "语言课程"),
          new Category("DEMO-EXAM", "Exam preparation", "考试培训"),
          new Category("DEMO-IT", "IT training", "IT 培训"),
          new Category("DEMO-CORPORATE", "Corporate training", "企业培训"),
          new Category("DEMO-MATERIALS", "Materials and licences", "教材与授权"));

  static final List<Product> PRODUCTS =
      List.of(
          product(
              "ENG-GENERAL",
              "General English, 48 hours 通用英语",
              "DEMO-LANGUAGE",
              "COURSE",
              6800,
              2900,
              false),
          product(
              "ENG-KIDS",
              "Kids English, one term 少儿英语",
              "DEMO-LANGUAGE",
              "COURSE",
              5200,
              2100,
              false),
          product(
              "ENG-BUSINESS", "Business English 商务英语", "DEMO-LANGUAGE", "COURSE", 9800, 4100, true),
          product(
              "ENG-SPEAKING",
              "English speaking club, 20 sessions 英语口语",
              "DEMO-LANGUAGE",
              "COURSE",
              3600,
              1300,
              false),
          product(
              "IELTS-PREP", "IELTS preparation 雅思备考", "DEMO-EXAM", "COURSE", 12800, 5200, false),
          product(
              "IELTS-1TO1",
              "IELTS one-to-one, per hour 雅思一对一",
              "DEMO-EXAM",
              "HOUR",
              480,
              220,
              false),
          product(
              "TOEFL-PREP", "TOEFL preparation 托福备考", "DEMO-EXAM", "COURSE", 13800, 5600, false),
          product(
              "IT-PYTHON", "Python programming Python 编程", "DEMO-IT", "COURSE", 8800, 3600, true),
          product(
              "IT-DATA",
              "Data analysis with Excel and SQL 数据分析",
              "DEMO-IT",
              "COURSE",
              7600,
              3000,
              true),
          product(
              "IT-JAVA",
              "Java development bootcamp Java 开发训练营",
              "DEMO-IT",
              "COURSE",
              16800,
              7200,
              true),
          product(
              "CORP-ENGLISH",
              "In-company English programme 企业英语培训",
              "DEMO-CORPORATE",
              "COURSE",
              36000,
              15500,
              true),
          product(
              "CORP-LEADERSHIP",
              "Leadership workshop, one day 领导力工作坊",
              "DEMO-CORPORATE",
              "COURSE",
              15000,
              6000,
              true),
          product("BOOK-SET", "Course book set 教材套装", "DEMO-MATERIALS", "PIECE", 260, 120, false),
          product(
              "APP-LICENCE",
              "Learning app licence, one year 学习软件授权",
              "DEMO-MATERIALS",
              "LICENCE",
              680,
              90,
              true));

  private DemoCatalogue() {}

  private static Product product(
      String code,
      String name,
      String category,
      String unit,
      int price,
      int cost,
      boolean forOrganizations) {
    return new Product(
        code,
        name,
        category,
        unit,
        BigDecimal.valueOf(price),
        BigDecimal.valueOf(cost),
        forOrganizations);
  }
}
