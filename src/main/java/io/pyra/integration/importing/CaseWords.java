package io.pyra.integration.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a file of past cases may use for a case's type, priority, channel and status, and the
 * codes they stand for: the words of the support-ticket set (Refund request, Critical, Social
 * media, Pending Customer Response …), Pyra's own codes, and the names the pages show in English
 * and Chinese. Compared as {@link ImportTargets#key}: case, spaces and punctuation do not count.
 */
@Component
class CaseWords {

  /** The ticket types of the support-ticket set and the case types they are. */
  static final Map<String, String> TYPES =
      ordered(
          "Refund request", "REFUND",
          "Technical issue", "TECHNICAL_SUPPORT",
          "Product inquiry", "INQUIRY",
          "Billing inquiry", "INQUIRY",
          "Cancellation request", "REQUEST");

  /** Critical and high are serious, medium and low minor. */
  static final Map<String, String> PRIORITIES =
      ordered(
          "Critical", "SERIOUS",
          "High", "SERIOUS",
          "Medium", "MINOR",
          "Low", "MINOR",
          "紧急", "SERIOUS",
          "高", "SERIOUS",
          "中", "MINOR",
          "低", "MINOR");

  /** Social media has no channel of its own: it is a web channel. */
  static final Map<String, String> CHANNELS =
      ordered(
          "Email", "EMAIL",
          "E-mail", "EMAIL",
          "Phone", "PHONE",
          "Telephone", "PHONE",
          "Chat", "CHAT",
          "Social media", "WEB",
          "社交媒体", "WEB");

  /** Open is new, pending customer response is waiting on the customer. */
  static final Map<String, String> STATUSES =
      ordered(
          "Open", "NEW",
          "Pending Customer Response", "WAITING_ON_CUSTOMER",
          "Pending", "WAITING_ON_CUSTOMER",
          "Closed", "CLOSED",
          "Resolved", "RESOLVED");

  private static final List<String> TYPE_CODES =
      List.of("COMPLAINT", "REQUEST", "INQUIRY", "REFUND", "TECHNICAL_SUPPORT", "MAINTENANCE");
  private static final List<String> SEVERITY_CODES = List.of("SERIOUS", "MINOR");
  private static final List<String> CHANNEL_CODES =
      List.of("PHONE", "EMAIL", "SMS", "FAX", "MAIL", "WEB", "CHAT", "VISIT", "MEETING");
  private static final List<String> STATUS_CODES =
      List.of("NEW", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED");

  /** One field's words: key of a word → code, and the words to name in a refusal. */
  record Words(Map<String, String> codes, Map<String, String> shown) {

    String code(String cell) {
      return codes.get(ImportTargets.key(cell));
    }
  }

  private final Words types;
  private final Words priorities;
  private final Words channels;
  private final Words statuses;

  CaseWords(MessageSource messages) {
    this.types = words(TYPES, TYPE_CODES, "case.type.", messages);
    this.priorities = words(PRIORITIES, SEVERITY_CODES, "case.severity.", messages);
    this.channels = words(CHANNELS, CHANNEL_CODES, "interaction.channel.", messages);
    this.statuses = words(STATUSES, STATUS_CODES, "case.status.", messages);
  }

  Words of(String field) {
    return switch (field) {
      case "type" -> types;
      case "priority" -> priorities;
      case "channel" -> channels;
      default -> statuses;
    };
  }

  /** The file's words for a field, for a refusal's list. */
  static String fileWords(String field) {
    Map<String, String> words =
        switch (field) {
          case "type" -> TYPES;
          case "priority" -> PRIORITIES;
          case "channel" -> CHANNELS;
          default -> STATUSES;
        };
    return String.join(
        ", ", words.keySet().stream().filter(w -> w.chars().allMatch(c -> c < 0x80)).toList());
  }

  private static Words words(
      Map<String, String> fileWords, List<String> codes, String prefix, MessageSource messages) {
    Map<String, String> byKey = new LinkedHashMap<>();
    fileWords.forEach((word, code) -> byKey.putIfAbsent(ImportTargets.key(word), code));
    for (String code : codes) {
      byKey.putIfAbsent(ImportTargets.key(code), code);
      for (Locale locale : ImportWords.LANGUAGES) {
        String name = messages.getMessage(prefix + code, null, null, locale);
        if (name != null && !name.isBlank()) {
          byKey.putIfAbsent(ImportTargets.key(name), code);
        }
      }
    }
    return new Words(byKey, fileWords);
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
