package io.pyra.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.platform.error.RuleViolation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

  @Test
  void acceptsALongPasswordThatIsNotTheUsername() {
    assertThat(PasswordPolicy.check("password", "Sunny-Garden-42", "lilei")).isEmpty();
  }

  @Test
  void refusesAPasswordShorterThanTenCharacters() {
    assertThat(rule(PasswordPolicy.check("password", "Short-1", "lilei")))
        .isEqualTo("user.password.too-short");
    assertThat(rule(PasswordPolicy.check("password", null, "lilei")))
        .isEqualTo("user.password.too-short");
  }

  @Test
  void refusesAPasswordContainingTheUsernameInAnyCase() {
    Optional<RuleViolation> refusal = PasswordPolicy.check("newPassword", "My-LILEI-2026", "lilei");

    assertThat(refusal).get().extracting(RuleViolation::field).isEqualTo("newPassword");
    assertThat(rule(refusal)).isEqualTo("user.password.contains-username");
  }

  @Test
  void refusesAPasswordBCryptWouldCutShort() {
    // 25 Chinese characters: 25 characters but 75 bytes in UTF-8
    String chinese = "春".repeat(25);

    assertThat(rule(PasswordPolicy.check("password", chinese, "lilei")))
        .isEqualTo("user.password.too-long");
  }

  @Test
  void refusesAPasswordLongerThanTheFieldAllows() {
    assertThat(rule(PasswordPolicy.check("password", "a".repeat(201), "lilei")))
        .isEqualTo("validation.size");
  }

  private static String rule(Optional<RuleViolation> refusal) {
    assertThat(refusal).isPresent();
    return refusal.get().messageKey();
  }
}
