package io.pyra.identity.user;

import java.util.Set;
import java.util.UUID;

/**
 * Create or change a user. {@code password} is required on create and, when given on update, sets a
 * new one; {@code version} is the one the editor read (null on create).
 */
public record SaveUser(
    String username,
    String displayName,
    String email,
    String phone,
    UUID orgUnitId,
    UUID supervisorId,
    String locale,
    Set<UUID> roleIds,
    Boolean active,
    String password,
    Long version) {}
