package io.pyra.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetCursorTests {

  private static final KeysetCursor.Format TASKS =
      KeysetCursor.format("task", Instant.class, UUID.class);

  private final Instant at = Instant.parse("2026-12-05T10:15:30.123456Z");
  private final UUID id = UUID.fromString("0b5d3a52-8b1c-4a52-9d8e-2f0c2b6e7a11");

  @Test
  void readsBackTheValuesItWrote() {
    String text = TASKS.encode(at, id);

    KeysetCursor cursor = TASKS.decode(text);

    assertThat(cursor.instant(0)).isEqualTo(at);
    assertThat(cursor.uuid(1)).isEqualTo(id);
    assertThat(text).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void holdsEveryKindOfValueIncludingNullsAndSeparators() {
    KeysetCursor.Format format =
        KeysetCursor.format(
            "all",
            String.class,
            Long.class,
            Integer.class,
            Boolean.class,
            LocalDate.class,
            BigDecimal.class,
            String.class,
            String.class);
    Object[] values = {
      "Zhang|Wei\n3:x~", 42L, 7, true, LocalDate.of(2026, 1, 2), new BigDecimal("1.50"), null, "张伟"
    };

    KeysetCursor cursor = format.decode(format.encode(values));

    assertThat(cursor.values()).containsExactly(values);
    assertThat(cursor.string(0)).isEqualTo("Zhang|Wei\n3:x~");
    assertThat(cursor.number(1)).isEqualTo(42L);
    assertThat(cursor.flag(3)).isTrue();
  }

  @Test
  void noTextIsTheFirstPage() {
    assertThat(TASKS.decode(null)).isNull();
    assertThat(TASKS.decode("  ")).isNull();
  }

  @Test
  void refusesTextThatIsNotOneOfItsCursors() {
    String otherKind = KeysetCursor.format("job", Instant.class, UUID.class).encode(at, id);
    String valid = TASKS.encode(at, id);
    for (String text :
        new String[] {
          "garbage!",
          "nonsense",
          otherKind,
          valid.substring(0, valid.length() - 3),
          base64("4:task~"),
          base64("4:task3:abc36:" + id),
          base64("4:task99:x")
        }) {
      assertThatThrownBy(() -> TASKS.decode(text))
          .as(text)
          .isInstanceOfSatisfying(
              BusinessRuleException.class,
              e ->
                  assertThat(e.violations())
                      .usingRecursiveFieldByFieldElementComparator()
                      .containsExactly(
                          new RuleViolation(
                              "cursor", "invalid", "validation.invalid", new Object[] {"cursor"})));
    }
  }

  @Test
  void refusesWithTheListsOwnMessage() {
    KeysetCursor.Format format = TASKS.refusedWith("task.cursor.invalid");

    assertThatThrownBy(() -> format.decode("garbage"))
        .isInstanceOfSatisfying(
            BusinessRuleException.class,
            e -> {
              assertThat(e.violations().getFirst().field()).isEqualTo("cursor");
              assertThat(e.violations().getFirst().rule()).isEqualTo("invalid");
              assertThat(e.violations().getFirst().messageKey()).isEqualTo("task.cursor.invalid");
              assertThat(e.violations().getFirst().args()).isEmpty();
            });
  }

  @Test
  void refusesToWriteValuesOfTheWrongTypeOrNumber() {
    assertThatThrownBy(() -> TASKS.encode(id, at)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TASKS.encode(at)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeysetCursor.format("x", Object.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String base64(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
