package io.pyra.customer.web;

import io.pyra.identity.IdentityRecordTypes;
import io.pyra.platform.PlaceNames;
import io.pyra.platform.audit.AuditRecordWords;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customers, their contacts, sectors and custom fields in the audit log's words: a customer by its
 * code and name ("C-000123 Acme"), its stage and kind by their labels, its owner, unit and sector
 * by their names, the country of its address by the country's name.
 */
@Component
class CustomerAuditWords implements AuditRecordWords {

  private static final String CUSTOMER = "customer_customer";
  private static final String CONTACT = "customer_contact";
  private static final String SECTOR = "customer_sector";
  private static final String FIELD = "customer_field";
  private static final Pattern COUNTRY = Pattern.compile("country=([A-Za-z]{2})\\b");

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final PlaceNames places;

  CustomerAuditWords(JdbcClient jdbc, MessageSource messages, PlaceNames places) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.places = places;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(CUSTOMER, CONTACT, SECTOR, FIELD);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    boolean chinese = locale.getLanguage().equals("zh");
    return switch (recordType) {
      case CUSTOMER ->
          AuditRecordWords.namesById(
              jdbc,
              "select id, code || ' ' || name from customer_customer where id in (:ids)",
              ids);
      case CONTACT ->
          AuditRecordWords.namesById(
              jdbc, "select id, name from customer_contact where id in (:ids)", ids);
      case SECTOR ->
          AuditRecordWords.namesById(
              jdbc,
              chinese
                  ? "select id, name_zh from customer_sector where id in (:ids)"
                  : "select id, name_en from customer_sector where id in (:ids)",
              ids);
      case FIELD ->
          AuditRecordWords.namesById(
              jdbc,
              chinese
                  ? "select id, label_zh from customer_field where id in (:ids)"
                  : "select id, label_en from customer_field where id in (:ids)",
              ids);
      default -> Map.of();
    };
  }

  @Override
  public Map<String, String> references(String recordType) {
    return switch (recordType) {
      case CUSTOMER ->
          Map.of(
              "ownerId",
              IdentityRecordTypes.USER,
              "orgUnitId",
              IdentityRecordTypes.ORG_UNIT,
              "sectorId",
              SECTOR,
              "mergedIntoId",
              CUSTOMER,
              "mergedId",
              CUSTOMER);
      case CONTACT -> Map.of("customerId", CUSTOMER);
      case SECTOR -> Map.of("parentId", SECTOR);
      default -> Map.of();
    };
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    if (!recordType.equals(CUSTOMER)) {
      return null;
    }
    return switch (field) {
      case "stage" -> messages.getMessage("customer.stage." + value, null, null, locale);
      case "kind" -> messages.getMessage("customer.kind." + value, null, null, locale);
      case "address" -> address(value, locale);
      default -> null;
    };
  }

  /** The address as the log wrote it, with the country by its name. */
  private String address(String value, Locale locale) {
    Matcher country = COUNTRY.matcher(value);
    StringBuilder text = new StringBuilder();
    while (country.find()) {
      String name = places.country(country.group(1), locale);
      country.appendReplacement(
          text, Matcher.quoteReplacement(country.group().replace(country.group(1), name)));
    }
    country.appendTail(text);
    return text.toString();
  }
}
