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

  /** Past support cases (entity {@code cases}): one case a row, its ticket id as its reference. */
  public static final List<String> CASE_FIELDS =
      List.of(
          "ticket",
          "customerName",
          "customerEmail",
          "product",
          "type",
          "subject",
          "description",
          "status",
          "resolution",
          "priority",
          "channel",
          "openedAt",
          "respondedAt",
          "resolvedAt",
          "satisfaction");

  private static final Map<String, String> CASE_SYNONYMS =
      synonyms(
          "ticket", "ticketid,ticket,ticketno,ticketnumber,caseid,caseno,reference,工单号,工单编号",
          "customerName", "customername,customer,name,客户,客户名称,姓名",
          "customerEmail", "customeremail,email,e-mail,mail,emailaddress,邮箱,电子邮箱,电子邮件",
          "product", "productpurchased,product,产品,购买的产品",
          "type", "tickettype,type,casetype,类型,工单类型",
          "subject", "ticketsubject,subject,title,主题,标题",
          "description", "ticketdescription,description,details,描述,问题描述",
          "status", "ticketstatus,status,状态,工单状态",
          "resolution", "resolution,解决方案,解决说明",
          "priority", "ticketpriority,priority,severity,优先级,严重程度",
          "channel", "ticketchannel,channel,渠道",
          "openedAt", "opened,openedat,openedon,created,createdat,creationtime,创建时间",
          "respondedAt", "firstresponsetime,firstresponse,firstrespondedat,respondedat,首次响应时间",
          "resolvedAt", "timetoresolution,resolutiontime,resolvedat,resolved,解决时间",
          "satisfaction",
              "customersatisfactionrating,satisfactionrating,satisfaction,rating,满意度,客户满意度");

  /** Order lines (entity {@code orders}): one row per line, grouped into orders by number. */
  public static final List<String> ORDER_FIELDS =
      List.of(
          "orderNumber",
          "customerCode",
          "productCode",
          "description",
          "quantity",
          "unitPrice",
          "unitCost",
          "orderedAt",
          "country",
          "currency");

  /** Products (entity {@code products}), matched by code. */
  public static final List<String> PRODUCT_FIELDS =
      List.of(
          "productCode",
          "productName",
          "categoryCode",
          "unit",
          "listPrice",
          "unitCost",
          "currency",
          "active",
          "validFrom",
          "validTo");

  /** Payments (entity {@code payments}) of stored orders, named by their numbers. */
  public static final List<String> PAYMENT_FIELDS =
      List.of("orderNumber", "dueDate", "paidDate", "amount", "method");

  private static final Map<String, String> ORDER_SYNONYMS =
      synonyms(
          "orderNumber",
              "invoiceno,invoice,invoicenumber,ordernumber,orderno,order,订单号,订单编号,单号,发票号",
          "customerCode", "customerid,customer,customercode,客户编号,客户编码,客户",
          "productCode", "stockcode,productcode,sku,itemcode,product,产品编号,产品编码,商品编码,货号",
          "description", "description,productname,itemname,item,描述,品名,商品名称,产品名称",
          "quantity", "quantity,qty,数量",
          "unitPrice", "unitprice,price,单价,价格",
          "unitCost", "unitcost,cost,成本,单位成本",
          "orderedAt", "invoicedate,orderdate,orderedat,date,日期,订单日期,下单时间",
          "country", "country,国家",
          "currency", "currency,币种,货币");

  private static final Map<String, String> PRODUCT_SYNONYMS =
      synonyms(
          "productCode", "code,productcode,stockcode,sku,产品编号,产品编码,编号,编码",
          "productName", "name,productname,description,产品名称,名称,品名",
          "categoryCode", "category,categorycode,类别,分类,产品分类",
          "unit", "unit,单位",
          "listPrice", "listprice,price,unitprice,价格,单价,标价",
          "unitCost", "unitcost,cost,成本,单位成本",
          "currency", "currency,币种,货币",
          "active", "active,enabled,启用,有效",
          "validFrom", "validfrom,from,生效日期,起始日期",
          "validTo", "validto,to,until,失效日期,截止日期");

  private static final Map<String, String> PAYMENT_SYNONYMS =
      synonyms(
          "orderNumber", "ordernumber,orderno,order,invoiceno,invoice,订单号,订单编号,单号",
          "dueDate", "duedate,due,dueon,到期日,应付日期",
          "paidDate", "paiddate,paid,paidon,paymentdate,付款日期,支付日期",
          "amount", "amount,sum,金额",
          "method", "method,paymentmethod,付款方式,支付方式");

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

  /** The fields of the sales entities (orders, products, payments). */
  public static final Map<String, List<String>> SALES_FIELDS =
      Map.of("orders", ORDER_FIELDS, "products", PRODUCT_FIELDS, "payments", PAYMENT_FIELDS);

  private static final Map<String, Map<String, String>> SALES_SYNONYMS =
      Map.of("orders", ORDER_SYNONYMS, "products", PRODUCT_SYNONYMS, "payments", PAYMENT_SYNONYMS);

  private ImportTargets() {}

  public static List<String> fields(String entity, List<CustomerImportApi.FieldInfo> customFields) {
    if ("contacts".equals(entity)) {
      return CONTACT_FIELDS;
    }
    if ("opportunities".equals(entity)) {
      return OPPORTUNITY_FIELDS;
    }
    if ("cases".equals(entity)) {
      return CASE_FIELDS;
    }
    if (SALES_FIELDS.containsKey(entity)) {
      return SALES_FIELDS.get(entity);
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
            "opportunities".equals(entity)
                ? OPPORTUNITY_SYNONYMS
                : "cases".equals(entity)
                    ? CASE_SYNONYMS
                    : SALES_SYNONYMS.getOrDefault(
                        entity, "contacts".equals(entity) ? CONTACT_SYNONYMS : CUSTOMER_SYNONYMS));
    labels.forEach((label, field) -> synonyms.putIfAbsent(key(label), field));
    if (!"contacts".equals(entity)
        && !"opportunities".equals(entity)
        && !"cases".equals(entity)
        && !SALES_FIELDS.containsKey(entity)) {
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
