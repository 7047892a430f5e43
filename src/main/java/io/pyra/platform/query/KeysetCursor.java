package io.pyra.platform.query;

import io.pyra.platform.error.BusinessRuleException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A position in a list read by keyset: the sort values and id of the row at the edge of a page,
 * given out as an opaque base64url text and read back by the next request. The one cursor codec.
 *
 * <p>Each list declares its cursor once, as a {@link Format}: a kind (so that a cursor of another
 * list, or of another order, is refused) and the types of its values. A cursor that is not one this
 * format gave out (tampered with, cut short, of another kind) is refused with a {@link
 * BusinessRuleException} on the field {@code cursor}: a 422 problem in the API, a message on the
 * page.
 *
 * <pre>{@code
 * static final KeysetCursor.Format CURSOR = KeysetCursor.format("task", Instant.class, UUID.class);
 * String next = CURSOR.encode(last.dueAt(), last.id());
 * KeysetCursor after = CURSOR.decode(text);   // null when text is null or blank
 * after.instant(0); after.uuid(1);
 * }</pre>
 */
public final class KeysetCursor {

  /** The types a cursor can hold, and how each is read back from its {@code toString()}. */
  private static final Map<Class<?>, Function<String, Object>> PARSERS =
      Map.of(
          String.class, text -> text,
          Instant.class, Instant::parse,
          UUID.class, UUID::fromString,
          Long.class, Long::valueOf,
          Integer.class, Integer::valueOf,
          Boolean.class, KeysetCursor::bool,
          LocalDate.class, LocalDate::parse,
          BigDecimal.class, BigDecimal::new);

  private static final String NULL = "~";

  private final List<Object> values;

  private KeysetCursor(List<Object> values) {
    this.values = Collections.unmodifiableList(values);
  }

  /**
   * The cursor format of one list (one order of it): refused cursors name the field {@code cursor}
   * with the message {@code validation.invalid}.
   */
  public static Format format(String kind, Class<?>... types) {
    return new Format(kind, List.of(types), "validation.invalid", new Object[] {"cursor"});
  }

  /** The values, in the format's order; a value may be null. */
  public List<Object> values() {
    return values;
  }

  /** The value at {@code index}, of the format's type there. */
  public <T> T get(int index, Class<T> type) {
    return type.cast(values.get(index));
  }

  public Instant instant(int index) {
    return get(index, Instant.class);
  }

  public UUID uuid(int index) {
    return get(index, UUID.class);
  }

  public String string(int index) {
    return get(index, String.class);
  }

  public long number(int index) {
    return get(index, Long.class);
  }

  public boolean flag(int index) {
    return get(index, Boolean.class);
  }

  /** The kind and value types of one list's cursor, and how a refused cursor is reported. */
  public static final class Format {

    private final String kind;
    private final List<Class<?>> types;
    private final String messageKey;
    private final Object[] messageArgs;

    private Format(String kind, List<Class<?>> types, String messageKey, Object[] messageArgs) {
      for (Class<?> type : types) {
        if (!PARSERS.containsKey(type)) {
          throw new IllegalArgumentException("a cursor cannot hold a " + type.getName());
        }
      }
      this.kind = Objects.requireNonNull(kind, "kind");
      this.types = types;
      this.messageKey = messageKey;
      this.messageArgs = messageArgs;
    }

    /** The same format, refusing a cursor with this message instead. */
    public Format refusedWith(String messageKey, Object... args) {
      return new Format(kind, types, messageKey, args.clone());
    }

    /** The cursor holding {@code values} (one per type of the format, each may be null). */
    public String encode(Object... values) {
      if (values.length != types.size()) {
        throw new IllegalArgumentException(
            "a " + kind + " cursor holds " + types.size() + " values, not " + values.length);
      }
      StringBuilder plain = new StringBuilder();
      append(plain, kind);
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value != null && !types.get(i).isInstance(value)) {
          throw new IllegalArgumentException(
              "value " + i + " of a " + kind + " cursor is not a " + types.get(i).getSimpleName());
        }
        append(plain, value == null ? null : value.toString());
      }
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position {@code text} holds, or {@code null} when it is null or blank (the first page).
     *
     * @throws BusinessRuleException on {@code cursor} when the text is not a cursor of this format
     */
    public KeysetCursor decode(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        String plain =
            new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        List<String> parts = split(plain);
        if (parts.size() != types.size() + 1 || !kind.equals(parts.getFirst())) {
          throw refusal();
        }
        List<Object> values = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
          String part = parts.get(i + 1);
          values.add(part == null ? null : parse(types.get(i), part));
        }
        return new KeysetCursor(values);
      } catch (BusinessRuleException e) {
        throw e;
      } catch (RuntimeException e) {
        throw refusal();
      }
    }

    /** The refusal of a cursor this format did not give out (for checks a list adds). */
    public BusinessRuleException refusal() {
      return new BusinessRuleException("cursor", "invalid", messageKey, messageArgs.clone());
    }

    @Override
    public String toString() {
      return kind + types.stream().map(Class::getSimpleName).toList();
    }

    private static void append(StringBuilder plain, String value) {
      if (value == null) {
        plain.append(NULL);
      } else {
        plain.append(value.length()).append(':').append(value);
      }
    }

    /** Parts written as {@code length:text}, or {@code ~} for null. */
    private static List<String> split(String plain) {
      List<String> parts = new ArrayList<>();
      int at = 0;
      while (at < plain.length()) {
        if (plain.charAt(at) == '~') {
          parts.add(null);
          at++;
          continue;
        }
        int colon = plain.indexOf(':', at);
        String digits = plain.substring(at, colon);
        if (digits.isEmpty()
            || digits.length() > 6
            || !digits.chars().allMatch(Character::isDigit)) {
          throw new IllegalArgumentException("not a length");
        }
        int end = colon + 1 + Integer.parseInt(digits);
        parts.add(plain.substring(colon + 1, end));
        at = end;
      }
      return parts;
    }

    private static Object parse(Class<?> type, String text) {
      return PARSERS.get(type).apply(text);
    }
  }

  private static Boolean bool(String text) {
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeysetCursor other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "KeysetCursor" + Arrays.toString(values.toArray());
  }
}
