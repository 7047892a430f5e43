package io.pyra.customer.profile;

import io.pyra.customer.LifecycleStage;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A customer's description after validation and normalization, ready to apply. */
record CustomerDetails(
    String name,
    LifecycleStage stage,
    UUID ownerId,
    UUID orgUnitId,
    UUID sectorId,
    Address address,
    Profile profile,
    List<Phone> phones,
    List<Email> emails,
    Set<String> tags,
    Set<Consent> consents,
    Set<FieldValue> fieldValues) {}
