package io.pyra.identity;

/**
 * The record types under which the audit log files identity's records, for other modules that refer
 * to users, org units and roles in their own audit entries ({@code ownerId → USER}).
 */
public final class IdentityRecordTypes {

  public static final String USER = "identity_user";
  public static final String ORG_UNIT = "identity_org_unit";
  public static final String ROLE = "identity_role";

  private IdentityRecordTypes() {}
}
