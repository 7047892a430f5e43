package io.pyra.sales.web;

import io.pyra.customer.CustomerApi;
import io.pyra.identity.IdentityRecordTypes;
import io.pyra.platform.audit.AuditRecordWords;
import io.pyra.sales.order.OrderService;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders in the audit log's words: an order by its number, its kind and status by their labels, its
 * customer, owner, org unit and signer by their names.
 */
@Component
class OrderAuditWords implements AuditRecordWords {

  private static final String ORDER = OrderService.RECORD_TYPE;
  private static final String SETTING = "sales_setting";
  private static final String RATE = "sales_exchange_rate";

  private final JdbcClient jdbc;
  private final MessageSource messages;

  OrderAuditWords(JdbcClient jdbc, MessageSource messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public Set<String> recordTypes() {
    return Set.of(ORDER, SETTING, RATE);
  }

  @Override
  public Map<String, String> names(String recordType, Set<String> ids, Locale locale) {
    if (recordType.equals(ORDER)) {
      return AuditRecordWords.namesById(
          jdbc, "select id, number from sales_order where id in (:ids)", ids);
    }
    return Map.of();
  }

  @Override
  public Map<String, String> references(String recordType) {
    if (!recordType.equals(ORDER)) {
      return Map.of();
    }
    return Map.of(
        "customerId",
        CustomerApi.AUDIT_RECORD_TYPE,
        "ownerId",
        IdentityRecordTypes.USER,
        "orgUnitId",
        IdentityRecordTypes.ORG_UNIT,
        "signedBy",
        IdentityRecordTypes.USER,
        "createdBy",
        IdentityRecordTypes.USER,
        "originalOrderId",
        ORDER);
  }

  @Override
  public String value(String recordType, String field, String value, Locale locale) {
    if (!recordType.equals(ORDER)) {
      return null;
    }
    return switch (field) {
      case "kind" -> messages.getMessage("order.kind." + value, null, null, locale);
      case "status" -> messages.getMessage("order.status." + value, null, null, locale);
      default -> null;
    };
  }
}
