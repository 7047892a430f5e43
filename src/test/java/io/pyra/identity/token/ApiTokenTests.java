package io.pyra.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenTests {

  @Test
  void isIssuedUnrevoked() {
    ApiToken token = issued();

    assertThat(token.revokedAt()).isNull();
    assertThat(token.origin()).isEqualTo(TokenOrigin.PERSONAL);
  }

  @Test
  void keepsTheFirstRevocationWhenRevokedAgain() {
    ApiToken token = issued();
    token.revoke();
    Instant revoked = token.revokedAt();

    token.revoke();

    assertThat(revoked).isNotNull();
    assertThat(token.revokedAt()).isEqualTo(revoked);
  }

  private static ApiToken issued() {
    return new ApiToken(
        UUID.randomUUID(),
        "Import script",
        "sha256-of-the-secret",
        "pyra_1a2b",
        TokenOrigin.PERSONAL,
        Instant.now().plus(Duration.ofDays(90)));
  }
}
