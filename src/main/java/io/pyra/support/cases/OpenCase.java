package io.pyra.support.cases;

import java.util.UUID;

/**
 * A case as a user or client describes it, not yet checked: type, severity and channel by their
 * codes; no assignee and no team for "myself, in my team"; a team without an assignee for the
 * team's queue.
 */
public record OpenCase(
    UUID customerId,
    UUID contactId,
    String type,
    UUID categoryId,
    String severity,
    String channel,
    String subject,
    String description,
    String serviceCategory,
    UUID assigneeId,
    UUID teamId) {}
