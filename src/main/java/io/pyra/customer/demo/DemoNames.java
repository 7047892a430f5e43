package io.pyra.customer.demo;

import java.util.Random;

/**
 * Plausible Chinese and English names of people and training clients, from a seeded random source.
 */
final class DemoNames {

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
    "高"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞",
    "平", "刚", "桂英", "建华", "晓明", "子涵", "欣怡", "浩然", "雨桐"
  };
  private static final String[] FIRST = {
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Susan",
    "Emma",
    "Oliver",
    "Sophie",
    "Daniel",
    "Grace",
    "Lucas",
    "Chloe",
    "Henry"
  };
  private static final String[] LAST = {
    "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts",
    "Walker", "Wright", "Chan", "Wong", "Lee", "Ng", "Cheung", "Lam", "Ho", "Leung", "Tang"
  };
  private static final String[] CITIES_CN = {"北京", "上海", "深圳", "广州", "杭州", "成都", "南京", "武汉"};
  private static final String[] CITIES_EN = {
    "Hong Kong", "Singapore", "London", "Shanghai", "Beijing", "Shenzhen"
  };
  private static final String[] ORG_CN = {
    "科技有限公司", "教育咨询有限公司", "建设集团", "置业有限公司", "医疗器械有限公司", "物流有限公司", "酒店管理有限公司", "制药股份有限公司"
  };
  private static final String[] ORG_WORD = {
    "Harbour",
    "Summit",
    "Pacific",
    "Golden",
    "Bright",
    "Evergreen",
    "Pioneer",
    "Lotus",
    "Crown",
    "Orient"
  };
  private static final String[] ORG_EN = {
    "Consulting Ltd",
    "Engineering Ltd",
    "Properties Ltd",
    "Holdings",
    "Logistics Ltd",
    "Hotels Group",
    "Pharma Ltd",
    "Telecom Ltd"
  };

  private final Random random;

  DemoNames(long seed) {
    this.random = new Random(seed);
  }

  boolean chinese() {
    return random.nextInt(100) < 65;
  }

  String person(boolean chinese) {
    return chinese ? pick(SURNAMES) + pick(GIVEN) : pick(FIRST) + " " + pick(LAST);
  }

  String organization(boolean chinese, String city) {
    return chinese
        ? city
            + pick(new String[] {"华", "新", "东方", "瑞", "博", "远", "恒"})
            + pick(new String[] {"信", "达", "泰", "科", "源", "盛"})
            + pick(ORG_CN)
        : pick(ORG_WORD) + " " + pick(ORG_WORD) + " " + pick(ORG_EN);
  }

  String city(boolean chinese) {
    return chinese ? pick(CITIES_CN) : pick(CITIES_EN);
  }

  String mobile(boolean chinese) {
    return chinese
        ? "+861" + (3 + random.nextInt(7)) + digits(9)
        : "+852" + (5 + random.nextInt(4)) + digits(7);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }
}
