package io.pyra.marketing.mailing;

import io.pyra.platform.SqlTime;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed part of an unsubscribe link: the recipient's kind, id and channel and the mailing it
 * came with, and an HMAC-SHA256 over them with the server's secret ({@code
 * pyra.marketing.unsubscribe-secret}; when none is configured, one generated once and kept in
 * {@code marketing_secret}, so links stay valid across restarts and nodes). The secret is never
 * logged. A token whose signature does not match is no token at all.
 */
@Component
class UnsubscribeTokens {

  /** What a valid token names. */
  record Subject(PersonKind kind, UUID personId, MailingChannel channel, UUID mailingId) {}

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
  private static final String SECRET_NAME = "unsubscribe";

  private final JdbcClient jdbc;
  private final String configured;
  private volatile byte[] key;

  UnsubscribeTokens(
      JdbcClient jdbc, @Value("${pyra.marketing.unsubscribe-secret:}") String configured) {
    this.jdbc = jdbc;
    this.configured = configured;
  }

  String sign(Subject subject) {
    String payload =
        String.join(
            "|",
            "1",
            subject.kind() == PersonKind.CUSTOMER ? "C" : "L",
            subject.personId().toString(),
            subject.channel() == MailingChannel.EMAIL ? "E" : "S",
            subject.mailingId().toString());
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(mac(bytes));
  }

  Optional<Subject> verify(String token) {
    if (token == null || token.length() > 400) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1) {
      return Optional.empty();
    }
    try {
      byte[] payload = DECODE.decode(token.substring(0, dot));
      byte[] signature = DECODE.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(mac(payload), signature)) {
        return Optional.empty();
      }
      String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 5
          || !parts[0].equals("1")
          || !parts[1].matches("[CL]")
          || !parts[3].matches("[ES]")) {
        return Optional.empty();
      }
      return Optional.of(
          new Subject(
              parts[1].equals("C") ? PersonKind.CUSTOMER : PersonKind.LEAD,
              UUID.fromString(parts[2]),
              parts[3].equals("E") ? MailingChannel.EMAIL : MailingChannel.SMS,
              UUID.fromString(parts[4])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private byte[] key() {
    byte[] known = key;
    if (known == null) {
      known =
          configured != null && !configured.isBlank()
              ? configured.strip().getBytes(StandardCharsets.UTF_8)
              : storedSecret();
      key = known;
    }
    return known;
  }

  private byte[] storedSecret() {
    Optional<String> stored = read();
    if (stored.isEmpty()) {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try {
        jdbc.sql(
                "insert into marketing_secret (name, secret, created_at) values (:name, :secret, :now)")
            .param("name", SECRET_NAME)
            .param("secret", Base64.getEncoder().encodeToString(fresh))
            .param("now", SqlTime.utc(Instant.now()))
            .update();
      } catch (DataIntegrityViolationException another) {
        // another node stored one first: use theirs
      }
      stored = read();
    }
    return Base64.getDecoder().decode(stored.orElseThrow());
  }

  private Optional<String> read() {
    return jdbc.sql("select secret from marketing_secret where name = :name")
        .param("name", SECRET_NAME)
        .query(String.class)
        .optional();
  }
}
