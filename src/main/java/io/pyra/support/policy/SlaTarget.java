package io.pyra.support.policy;

import java.time.Duration;
import java.util.UUID;

/**
 * The targets that apply to a case: which policy (and its version, so that a case can tell when the
 * policy changed), the first response and the resolution, each a duration of working time.
 */
public record SlaTarget(
    UUID policyId, long policyVersion, Duration firstResponse, Duration resolution) {}
