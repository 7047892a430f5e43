package io.pyra.integration.importing;

import io.pyra.customer.CustomerImportApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields an import column can fill, per entity, and the mapping suggested from header names in
 * English or Chinese. Custom fields are {@code custom:<code>}.
 */
public final class ImportTargets {

  public static final String CUSTOM = "custom:";

  public static final List<String> CUSTOMER_FIELDS =
      List.of(
          "code",
          "kind",
          "name",
          "phone",
          "email",
          "stage",
          "sector",
          "owner",
          "orgUnit",
          "country",
          "province",
          "city",
          "street",
          "postalCode",
          "education",
          "interests",
          "industry",
          "employeeCount",
          "coreCompetencies",
          "competitors",
          "background",
          "tags");

  public static final List<String> CONTACT_FIELDS =
      List.of("customer", "contactName", "title", "phone", "email", "notes");

  /** The columns of a sales pipeline file (one opportunity a row). */
  public static final List<String> OPPORTUNITY_FIELDS =
      List.of(
          "opportunity",
          "agent",
          "product",
          "account",
          "dealStage",
          "engagedOn",
          "closedOn",
          "closeValue",
          "currency");

  private static final Map<String, String> OPPORTUNITY_SYNONYMS =
      synonyms(
          "opportunity", "opportunityid,opportunity,opportunitycode,code,id,商机编号,商机",
          "agent", "salesagent,agent,owner,salesperson,负责人,销售",
          "product", "product,productname,productcode,产品",
          "account", "account,accountname,customer,company,客户,公司",
          "dealStage", "dealstage,stage,阶段",
          "engagedOn", "engagedate,engagedon,engaged,接洽日期",
          "closedOn", "closedate,closedon,closed,结束日期",
          "closeValue", "closevalue,value,amount,金额",
          "currency", "currency,币种");

  private static final Map<String, String> CUSTOMER_SYNONYMS =
      synonyms(
          "code", "code,customercode,客户编号,客户编码,编号,编码",
          "kind", "kind,type,customertype,类型,客户类型",
          "name",
              "name,fullname,customer,customername,company,companyname,organization,organisation,姓名,名称,客户名称,客户,公司,公司名称,单位",
          "phone",
              "phone,tel,telephone,mobile,mobilephone,cell,phonenumber,电话,手机,手机号,手机号码,联系电话,电话号码",
          "email", "email,e-mail,mail,emailaddress,邮箱,电子邮箱,电子邮件,邮件",
          "stage", "stage,lifecyclestage,status,阶段,客户阶段,状态",
          "sector", "sector,subsector,行业分类,行业代码",
          "owner", "owner,salesperson,负责人,归属人,所有者,销售",
          "orgUnit", "orgunit,unit,department,team,部门,组织,机构",
          "country", "country,国家",
          "province", "province,state,region,省,省份",
          "city", "city,town,城市,市",
          "street", "street,address,地址,街道,详细地址",
          "postalCode", "postalcode,postcode,zip,zipcode,邮编,邮政编码",
          "education", "education,学历",
          "interests", "interests,兴趣,爱好",
          "industry", "industry,行业",
          "employeeCount", "employees,employeecount,staff,员工数,员工人数,规模",
          "coreCompetencies", "corecompetencies,核心竞争力",
          "competitors", "competitors,竞争对手",
          "background", "background,notes,note,remarks,备注,背景",
          "tags", "tags,tag,labels,标签");

  private static final Map<String, String> CONTACT_SYNONYMS =
      synonyms(
          "customer", "customer,customercode,company,organization,organisation,客户,客户编号,公司,单位",
          "contactName", "name,contact,contactname,fullname,姓名,联系人",
          "title", "title,role,position,jobtitle,职务,职位,头衔",
          "phone", "phone,tel,telephone,mobile,电话,手机,手机号",
          "email", "email,e-mail,mail,邮箱,电子邮件",
          "notes", "notes,note,remarks,备注");

  private ImportTargets() {}

  public static List<String> fields(String entity, List<CustomerImportApi.FieldInfo> customFields) {
    if ("contacts".equals(entity)) {
      return CONTACT_FIELDS;
    }
    if ("opportunities".equals(entity)) {
      return OPPORTUNITY_FIELDS;
    }
    List<String> all = new java.util.ArrayList<>(CUSTOMER_FIELDS);
    customFields.forEach(f -> all.add(CUSTOM + f.code()));
    return all;
  }

  /** Column -> field for the columns whose header names a known field; others are left out. */
  public static Map<String, String> suggest(
      String entity, List<String> header, List<CustomerImportApi.FieldInfo> customFields) {
    return suggest(entity, header, customFields, Map.of(), h -> false);
  }

  /**
   * Column -> field for the columns whose header names a known field by a synonym or by one of
   * {@code labels} (the fields' labels as the pages show them, in either language); the columns
   * {@code ignored} says are left out, as are the others.
   */
  public static Map<String, String> suggest(
      String entity,
      List<String> header,
      List<CustomerImportApi.FieldInfo> customFields,
      Map<String, String> labels,
      java.util.function.Predicate<String> ignored) {
    Map<String, String> synonyms =
        new LinkedHashMap<>(
            switch (entity) {
              case "contacts" -> CONTACT_SYNONYMS;
              case "opportunities" -> OPPORTUNITY_SYNONYMS;
              default -> CUSTOMER_SYNONYMS;
            });
    labels.forEach((label, field) -> synonyms.putIfAbsent(key(label), field));
    if (!"contacts".equals(entity) && !"opportunities".equals(entity)) {
      for (CustomerImportApi.FieldInfo f : customFields) {
        synonyms.putIfAbsent(key(f.code()), CUSTOM + f.code());
        synonyms.putIfAbsent(key(f.labelEn()), CUSTOM + f.code());
        synonyms.putIfAbsent(key(f.labelZh()), CUSTOM + f.code());
      }
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    for (String column : header) {
      if (ignored.test(column)) {
        continue;
      }
      String field = synonyms.get(key(column));
      if (field != null
          && (field.equals("phone") || field.equals("email") || !mapping.containsValue(field))) {
        mapping.put(column, field);
      }
    }
    return mapping;
  }

  /** A header as it is compared: lower case, without spaces, punctuation of names and digits. */
  public static String key(String header) {
    if (header == null) {
      return "";
    }
    return java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\u3000_\\-.:：()（）0-9]", "");
  }

  private static Map<String, String> synonyms(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      for (String word : pairs[i + 1].split(",")) {
        map.putIfAbsent(key(word), pairs[i]);
      }
    }
    return map;
  }
}
