package io.pyra.support.policy;

import java.util.UUID;

/**
 * An SLA policy was created, removed, or its targets or active flag changed: the deadlines of the
 * open cases of its grade, severity and service category ({@code null}: any) are to be recomputed
 * (with {@link SlaPolicies#targetFor}). Published in the transaction of the change, through the
 * event registry.
 */
public record SlaPolicyChanged(
    UUID policyId, String grade, String severity, String serviceCategory) {}
