package io.pyra.platform.audit;

import jakarta.persistence.Entity;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.proxy.HibernateProxy;

/**
 * How field values appear in the audit log: as text, collections sorted so that the same content
 * always reads the same, and secrets never at all.
 */
final class AuditValues {

  /** What the log shows instead of a secret's value. */
  static final String SECRET_CHANGED = "[changed]";

  private static final int MAX_LENGTH = 2000;

  private AuditValues() {}

  /** Password and token hashes, secrets and passwords are never written, only that they changed. */
  static boolean isSecret(String field) {
    String name = field.toLowerCase(Locale.ROOT);
    return name.endsWith("hash") || name.contains("secret") || name.endsWith("password");
  }

  static String format(Object value) {
    String text = text(value);
    return text != null && text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof HibernateProxy proxy) {
      return String.valueOf(proxy.getHibernateLazyInitializer().getInternalIdentifier());
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> text(e.getKey()) + "=" + text(e.getValue()))
          .sorted()
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream()
          .map(AuditValues::text)
          .sorted()
          .collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Record record) {
      StringBuilder text = new StringBuilder("{");
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (text.length() > 1) {
          text.append(", ");
        }
        text.append(component.getName()).append('=').append(text(read(component, record)));
      }
      return text.append('}').toString();
    }
    if (value.getClass().isAnnotationPresent(Entity.class)) {
      return value.getClass().getSimpleName();
    }
    return value.toString();
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "?";
    }
  }
}
