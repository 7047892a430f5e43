package io.pyra.marketing.mailing;

import io.pyra.identity.CurrentUser;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.query.QueryPart;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes audiences and mailings: identity's one rule over their owner and org
 * unit. SavedAudiences and mailings are seen with {@code campaign.read}; audiences are written with
 * {@code campaign.write}; mailings are written, started and cancelled with {@code mailing.send}.
 */
@Component
public class MailingAccess {

  public static final String READ = "campaign.read";
  public static final String WRITE_AUDIENCE = "campaign.write";
  public static final String SEND = "mailing.send";

  private final CurrentUser currentUser;

  MailingAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public UUID me() {
    return currentUser.requireId().value();
  }

  /** The current user's own org unit (a new audience's or mailing's). */
  UUID myOrgUnit() {
    return currentUser
        .orgUnitId()
        .map(OrgUnitId::value)
        .orElseThrow(() -> new AccessRefusedException("no org unit"));
  }

  public boolean has(String permission) {
    return currentUser.has(permission);
  }

  /**
   * The reach of {@code permission} as a condition on the columns {@code owner} and {@code unit}.
   */
  QueryPart condition(String permission, String owner, String unit) {
    return currentUser.visibility(permission).condition(owner, unit);
  }

  boolean reaches(String permission, UUID ownerId, UUID orgUnitId) {
    return currentUser
        .visibility(permission)
        .allows(new UserId(ownerId), OrgUnitId.ofNullable(orgUnitId));
  }

  /**
   * Not found when the record is beyond the read reach; refused when beyond {@code permission}'s.
   */
  void require(String permission, String recordType, UUID id, UUID ownerId, UUID orgUnitId) {
    if (!reaches(READ, ownerId, orgUnitId)) {
      throw new RecordNotFoundException(recordType, id);
    }
    if (!reaches(permission, ownerId, orgUnitId)) {
      throw new AccessRefusedException(permission + " does not reach " + recordType + " " + id);
    }
  }
}
