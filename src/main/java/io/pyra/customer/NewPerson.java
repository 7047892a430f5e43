package io.pyra.customer;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import java.util.List;
import java.util.Set;

/**
 * A person customer that another module records for the current user (a converted lead): a name,
 * phones and e-mails as typed, the channels it consented to, owner and org unit (null: the current
 * user and their unit). {@code duplicateReason}, when given, saves it despite likely duplicates (as
 * the customer form's reason does); without one, likely duplicates refuse it.
 */
public record NewPerson(
    String name,
    List<String> phones,
    List<String> emails,
    Set<ConsentChannel> consents,
    String consentSource,
    UserId ownerId,
    OrgUnitId orgUnitId,
    String duplicateReason) {}
