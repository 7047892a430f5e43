package io.pyra.identity.role;

import io.pyra.identity.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A permission granted by a role, at a scope. */
@Embeddable
public record RolePermission(
    @Column(name = "permission_code") String permission,
    @Enumerated(EnumType.STRING) Scope scope) {}
