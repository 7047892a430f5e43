package io.pyra.support.cases;

import java.time.Duration;
import java.util.UUID;

/** The targets a case is held to, in working time, and the policy they come from. */
public record SlaTarget(UUID policyId, Duration firstResponse, Duration resolution) {}
