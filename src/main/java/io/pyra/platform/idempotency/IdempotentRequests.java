package io.pyra.platform.idempotency;

import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a create safe to retry: the first request with an {@code Idempotency-Key} runs and its
 * outcome (status and the created resource's location) is remembered for that key and user; a retry
 * with the same key and the same body gets the first outcome again and creates nothing. The same
 * key with another body is refused (422), since it cannot be a retry.
 *
 * <p>The action and the remembered key commit in one transaction, so two concurrent retries cannot
 * both create: the second one's insert of the key fails and its work is rolled back. The common
 * path, a key not seen before, costs one statement beside the action's: the key's insert. Only when
 * that insert finds the key taken (a retry, or the same key with another body) or the action fails
 * (a retry whose first request wrote what makes the action refuse it now) is the earlier outcome
 * looked up, after the rollback: a retry gets it replayed, another body the 422, and a failure
 * without an earlier outcome stays the action's own.
 */
@Component
public class IdempotentRequests {

  /** What the first request answered: its status and the location of what it created. */
  public record Outcome(int status, String location) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;

  IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
  }

  /**
   * Runs {@code action} once per key and user. {@code replay} builds the answer to a retry from the
   * first outcome (typically by reading the resource at its location again).
   */
  public <T> ResponseEntity<T> once(
      String key,
      UUID userId,
      Object request,
      Supplier<ResponseEntity<T>> action,
      Function<Outcome, ResponseEntity<T>> replay) {
    if (key == null || key.isBlank()) {
      return action.get();
    }
    String clean = key.strip();
    if (clean.length() > 200) {
      throw new BusinessRuleException(
          "Idempotency-Key", "size", "problem.idempotency.too-long", 200);
    }
    String hash = hash(request);
    try {
      return transactions.execute(
          status -> {
            ResponseEntity<T> response = action.get();
            String location =
                response.getHeaders().getLocation() == null
                    ? null
                    : response.getHeaders().getLocation().toString();
            jdbc.sql(
                    """
                insert into platform_idempotency_key
                  (idempotency_key, user_id, request_hash, response_status, resource_location, created_at)
                values (:key, :user, :hash, :status, :location, :at)""")
                .param("key", clean)
                .param("user", userId)
                .param("hash", hash)
                .param("status", response.getStatusCode().value())
                .param("location", location)
                .param("at", SqlTime.utc(Instant.now()))
                .update();
            return response;
          });
    } catch (RuntimeException e) {
      // rolled back: the key was taken (DuplicateKeyException on its insert: a retry, perhaps
      // concurrent, or another body) or the action failed (perhaps because the first request did
      // what it does); without an earlier outcome the failure is the action's own
      Optional<Outcome> earlier;
      try {
        earlier = earlier(clean, userId, hash);
      } catch (DataAccessException lookup) {
        e.addSuppressed(lookup);
        throw e;
      }
      if (earlier.isEmpty()) {
        throw e;
      }
      return replay.apply(earlier.get());
    }
  }

  private Optional<Outcome> earlier(String key, UUID userId, String hash) {
    record Row(String requestHash, int responseStatus, String resourceLocation) {}
    Optional<Row> row =
        jdbc.sql(
                """
            select request_hash, response_status, resource_location from platform_idempotency_key
             where idempotency_key = :key and user_id = :user""")
            .param("key", key)
            .param("user", userId)
            .query(Row.class)
            .optional();
    if (row.isPresent() && !row.get().requestHash().equals(hash)) {
      throw new BusinessRuleException(
          "Idempotency-Key", "reused", "problem.idempotency.reused", key);
    }
    return row.map(r -> new Outcome(r.responseStatus(), r.resourceLocation()));
  }

  private String hash(Object request) {
    byte[] body =
        request == null
            ? new byte[0]
            : request instanceof String s
                ? s.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(request);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
