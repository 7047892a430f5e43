package io.pyra.support.cases;

import java.util.UUID;

/** What a case is about, as checked: everything a user describes, none of its workflow. */
public record CaseDetails(
    UUID customerId,
    UUID contactId,
    CaseType type,
    UUID categoryId,
    Severity severity,
    String channel,
    String subject,
    String description,
    String serviceCategory) {}
