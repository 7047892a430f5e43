package io.pyra.identity.token;

import static io.pyra.platform.SqlTime.utc;

import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues, resolves and revokes API tokens. */
@Service
@Transactional
public class ApiTokenService {

  public static final String SECRET_PREFIX = "pyra_";
  public static final Duration MAX_LIFETIME = Duration.ofDays(366);
  private static final Duration MARK_EVERY = Duration.ofSeconds(60);

  private final SecureRandom random = new SecureRandom();
  private final ApiTokenRepository tokens;
  private final JdbcClient jdbc;
  private final ConcurrentMap<UUID, Instant> lastMarked = new ConcurrentHashMap<>();

  ApiTokenService(ApiTokenRepository tokens, JdbcClient jdbc) {
    this.tokens = tokens;
    this.jdbc = jdbc;
  }

  /** A personal token, made by its owner on purpose. */
  public IssuedToken issue(UUID userId, String name, Duration lifetime) {
    return issue(userId, name, lifetime, TokenOrigin.PERSONAL);
  }

  /** A token handed out by an API sign-in in exchange for the password. */
  public IssuedToken issueForSignIn(UUID userId, Duration lifetime) {
    return issue(userId, "API sign-in", lifetime, TokenOrigin.SIGN_IN);
  }

  private IssuedToken issue(UUID userId, String name, Duration lifetime, TokenOrigin origin) {
    if (name == null || name.isBlank()) {
      throw new BusinessRuleException("name", "required", "validation.required", "name");
    }
    if (name.strip().length() > 100) {
      throw new BusinessRuleException("name", "size", "validation.size", "name", 1, 100);
    }
    if (lifetime == null
        || lifetime.isNegative()
        || lifetime.isZero()
        || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new BusinessRuleException(
          "lifetimeDays", "range", "token.lifetime.range", MAX_LIFETIME.toDays());
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token =
        new ApiToken(
            userId,
            name.strip(),
            hash(secret),
            secret.substring(0, 12),
            origin,
            Instant.now().plus(lifetime));
    return new IssuedToken(secret, tokens.save(token));
  }

  @Transactional(readOnly = true)
  public List<ApiToken> ofUser(UUID userId) {
    return tokens.findByUserIdOrderByCreatedAtDesc(userId);
  }

  public void revoke(UUID userId, UUID tokenId) {
    ApiToken token =
        tokens
            .findById(tokenId)
            .filter(t -> t.userId().equals(userId))
            .orElseThrow(() -> new RecordNotFoundException("api-token", tokenId));
    token.revoke();
  }

  /**
   * Revokes every usable token of the user, or all but their personal ones; returns how many were
   * revoked. One statement, so a token cannot slip between reading and revoking.
   */
  private static final String REVOKE_ALL =
      """
      update identity_api_token set revoked_at = ?, version = version + 1
       where user_id = ? and revoked_at is null and expires_at > ?""";

  public int revokeAll(UUID userId, boolean keepPersonal) {
    Instant now = Instant.now();
    return jdbc.sql(keepPersonal ? REVOKE_ALL + " and origin <> 'PERSONAL'" : REVOKE_ALL)
        .params(utc(now), userId, utc(now))
        .update();
  }

  /** The token's SHA-256 as stored, or empty when the text cannot be one of Pyra's tokens. */
  public static Optional<String> hashOf(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 200) {
      return Optional.empty();
    }
    return Optional.of(hash(secret));
  }

  /**
   * Whether a use of a token read with these first and last uses is to be marked at {@code now}: a
   * first use always, a later one when the last is a minute old. Most requests are not, and ask
   * here without entering the service (whose every call opens a transaction scope).
   */
  public static boolean dueForMark(
      OffsetDateTime firstUsedAt, OffsetDateTime lastUsedAt, Instant now) {
    return firstUsedAt == null
        || lastUsedAt == null
        || lastUsedAt.toInstant().isBefore(now.minus(MARK_EVERY));
  }

  /**
   * Marks a use of a usable token (found with its holder by the caller): the first use once, the
   * last use at most once a minute, so most requests write nothing. True when this was the token's
   * first use, which the caller audits. No transaction: each update stands alone.
   */
  // Requests of one client arrive together: when a minute has passed, every one of them read the
  // old last use, and all would update the same row, one after the other. Only the request that
  // claims the minute here writes.
  @Transactional(propagation = Propagation.SUPPORTS)
  public boolean markUse(UUID tokenId, OffsetDateTime firstUsedAt, OffsetDateTime lastUsedAt) {
    Instant now = Instant.now();
    if (!dueForMark(firstUsedAt, lastUsedAt, now)) {
      return false;
    }
    boolean first =
        firstUsedAt == null
            && jdbc.sql(
                        "update identity_api_token set first_used_at = ?, last_used_at = ? where id = ? and first_used_at is null")
                    .params(utc(now), utc(now), tokenId)
                    .update()
                == 1;
    if (first) {
      lastMarked.put(tokenId, now);
    } else if ((lastUsedAt == null || lastUsedAt.toInstant().isBefore(now.minus(MARK_EVERY)))
        && claimMark(tokenId, now)) {
      jdbc.sql("update identity_api_token set last_used_at = ? where id = ?")
          .params(utc(now), tokenId)
          .update();
    }
    return first;
  }

  private boolean claimMark(UUID tokenId, Instant now) {
    if (lastMarked.size() > 10_000) {
      lastMarked.clear(); // a bound, not a cache: forgetting only costs one more update per token
    }
    Instant before = lastMarked.get(tokenId);
    if (before != null && before.isAfter(now.minus(MARK_EVERY))) {
      return false;
    }
    // one request wins the minute: the one whose compare-and-set succeeds
    return before == null
        ? lastMarked.putIfAbsent(tokenId, now) == null
        : lastMarked.replace(tokenId, before, now);
  }

  static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
