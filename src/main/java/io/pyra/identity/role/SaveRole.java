package io.pyra.identity.role;

import io.pyra.identity.Scope;
import java.util.Map;

/** Create or change a role: its code, name, description and permission grants. */
public record SaveRole(
    String code, String name, String description, Map<String, Scope> grants, Long version) {}
