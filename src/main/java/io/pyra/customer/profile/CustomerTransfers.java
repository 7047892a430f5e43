package io.pyra.customer.profile;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserSummary;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditEvent;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.query.Where;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves all customers of one owner to another user in one statement, e.g. when an employee leaves:
 * only the customers within the manager's {@code customer.transfer} reach, optionally only those of
 * one org unit. One audit entry lists the count and the codes moved.
 */
@Service
@Transactional
public class CustomerTransfers {

  private static final int CODES_IN_AUDIT = 1000;

  private final JdbcClient jdbc;
  private final CustomerAccess access;
  private final IdentityApi identity;
  private final AuditLog audit;

  CustomerTransfers(JdbcClient jdbc, CustomerAccess access, IdentityApi identity, AuditLog audit) {
    this.jdbc = jdbc;
    this.access = access;
    this.identity = identity;
    this.audit = audit;
  }

  /** The number of customers moved. */
  public int transfer(UUID fromOwnerId, UUID toOwnerId, UUID orgUnitId) {
    List<RuleViolation> violations = new ArrayList<>();
    Optional<UserSummary> from = identity.user(fromOwnerId);
    Optional<UserSummary> to = identity.user(toOwnerId);
    if (from.isEmpty()) {
      violations.add(new RuleViolation("fromOwnerId", "exists", "customer.owner.unknown"));
    }
    if (to.isEmpty()) {
      violations.add(new RuleViolation("toOwnerId", "exists", "customer.owner.unknown"));
    } else if (!to.get().active()) {
      violations.add(
          new RuleViolation(
              "toOwnerId", "active", "customer.transfer.inactive", to.get().displayName()));
    }
    if (from.isPresent() && to.isPresent() && from.get().id().equals(to.get().id())) {
      violations.add(new RuleViolation("toOwnerId", "different", "customer.transfer.same"));
    }
    if (orgUnitId != null && identity.orgUnit(orgUnitId).isEmpty()) {
      violations.add(new RuleViolation("orgUnitId", "exists", "customer.orgunit.unknown"));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    if (!access.visibility("customer.transfer").granted()) {
      throw new io.pyra.platform.error.AccessRefusedException("customer.transfer not granted");
    }
    Where where =
        new Where()
            .and("c.owner_id = :from and c.deleted_at is null", "from", fromOwnerId)
            .and(access.condition("customer.transfer"));
    if (orgUnitId != null) {
      where.and("c.org_unit_id = :orgUnit", "orgUnit", orgUnitId);
    }
    List<String> codes =
        where
            .query(jdbc, "select c.code from customer_customer c where ", "order by c.code")
            .query(String.class)
            .list();
    if (codes.isEmpty()) {
      return 0;
    }
    int moved =
        where
            .query(
                jdbc,
                "update customer_customer c set owner_id = :to, updated_at = :now, "
                    + "version = version + 1 where ")
            .param("to", toOwnerId)
            .param("now", SqlTime.utc(Instant.now()))
            .update();
    List<FieldChange> changes = new ArrayList<>();
    changes.add(new FieldChange("ownerId", fromOwnerId.toString(), toOwnerId.toString()));
    changes.add(new FieldChange("count", null, String.valueOf(moved)));
    if (orgUnitId != null) {
      changes.add(new FieldChange("orgUnitId", null, orgUnitId.toString()));
    }
    changes.add(new FieldChange("codes", null, codesInAudit(codes)));
    audit.append(
        new AuditEvent(
            "TRANSFER",
            "customer_customer",
            fromOwnerId.toString(),
            access.currentUserId(),
            access.currentUsername(),
            changes));
    return moved;
  }

  private static String codesInAudit(List<String> codes) {
    return String.join(",", codes.subList(0, Math.min(codes.size(), CODES_IN_AUDIT)))
        + (codes.size() > CODES_IN_AUDIT ? ",…" : "");
  }
}
