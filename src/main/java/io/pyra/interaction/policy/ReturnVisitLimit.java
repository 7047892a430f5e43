package io.pyra.interaction.policy;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.RoleId;
import io.pyra.identity.UserId;
import io.pyra.platform.SqlTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether one more return visit by an author to a customer stays within the follow-up policy: every
 * period of the policy's length that the visit falls in, wherever it starts, may hold at most the
 * policy's number of visits, the new one included (see {@link ReturnVisitWindow}), so a back-dated
 * visit or one between two others counts the visits on both sides of it. The author's roles that
 * have a policy count; the most permissive of them decides (one that still allows the visit is
 * enough). An author none of whose roles has a policy is not limited. A limited author's visits to
 * the customer are counted under {@link ReturnVisitLock}, held by the caller's transaction until
 * the visit is logged, so that visits logged at once cannot all pass.
 */
@Component
public class ReturnVisitLimit {

  /**
   * The visit would break the policy of {@code role}: {@code count} visits were already made in the
   * busiest period of {@code periodDays} days that the visit falls in.
   */
  public record Breach(PolicyRole role, int maxReturnVisits, int periodDays, long count) {}

  private record Limit(UUID roleId, int max, int days) {}

  private final JdbcClient jdbc;
  private final IdentityApi identity;
  private final PolicyRoles roles;
  private final ReturnVisitLock lock;

  ReturnVisitLimit(JdbcClient jdbc, PolicyRoles roles, ReturnVisitLock lock, IdentityApi identity) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.roles = roles;
    this.lock = lock;
  }

  /**
   * The breach, if a return visit at {@code occurredAt} would exceed every policy of the author's
   * roles; {@code excludedRecordId} is a record being changed, which does not count against itself.
   * Runs in the transaction that logs the visit, which then holds the author's lock on the
   * customer.
   */
  public Optional<Breach> check(
      UUID authorId,
      UUID customerId,
      Instant occurredAt,
      Collection<UUID> returnVisitTypes,
      UUID excludedRecordId) {
    List<UUID> authorRoles =
        identity.roleIds(new UserId(authorId)).stream().map(RoleId::value).toList();
    List<Limit> limits =
        authorRoles.isEmpty()
            ? new ArrayList<>()
            : new ArrayList<>(
                jdbc.sql(
                        """
            select p.role_id, p.max_return_visits, p.period_days from interaction_follow_up_policy p
             where p.role_id in (:roles)""")
                    .param("roles", authorRoles)
                    .query(
                        (rs, n) ->
                            new Limit(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)))
                    .list());
    if (limits.isEmpty() || returnVisitTypes.isEmpty()) {
      return Optional.empty();
    }
    lock.acquire(authorId, customerId);
    // most permissive first: the highest rate of visits, then the shorter period
    limits.sort(
        Comparator.comparingDouble((Limit l) -> -((double) l.max() / l.days()))
            .thenComparingInt(Limit::days));
    int widest = limits.stream().mapToInt(Limit::days).max().orElseThrow();
    List<Instant> visits =
        visitsAround(
            authorId,
            customerId,
            occurredAt,
            Duration.ofDays(widest),
            returnVisitTypes,
            excludedRecordId);
    Breach first = null;
    for (Limit limit : limits) {
      int count = ReturnVisitWindow.busiest(visits, occurredAt, Duration.ofDays(limit.days()));
      if (count < limit.max()) {
        return Optional.empty();
      }
      if (first == null) {
        PolicyRole role = roles.byId(limit.roleId()).orElseThrow();
        first = new Breach(role, limit.max(), limit.days(), count);
      }
    }
    return Optional.of(first);
  }

  /**
   * The author's return visits to the customer that can share a period with a visit at {@code at}:
   * those less than a period before or after it, in time order (the record being changed left out).
   */
  private List<Instant> visitsAround(
      UUID authorId,
      UUID customerId,
      Instant at,
      Duration period,
      Collection<UUID> types,
      UUID excludedRecordId) {
    return jdbc.sql(
            """
            select r.occurred_at from interaction_record r
             where r.customer_id = :customer and r.author_id = :author and r.type_id in (:types)
               and r.occurred_at > :from and r.occurred_at < :to and r.id <> :excluded
             order by r.occurred_at""")
        .param("author", authorId)
        .param("customer", customerId)
        .param("types", types)
        .param("from", SqlTime.utc(at.minus(period)))
        .param("to", SqlTime.utc(at.plus(period)))
        .param("excluded", excludedRecordId == null ? new UUID(0, 0) : excludedRecordId)
        .query((rs, n) -> SqlTime.instant(rs.getObject(1, OffsetDateTime.class)))
        .list();
  }
}
