package io.pyra.scheduling.setup;

import java.time.Instant;
import java.util.UUID;

/**
 * A configuration profile: the operating system, the software with versions (one per line) and the
 * security policy a group of PCs is set up with.
 */
public record SetupProfile(
    UUID id,
    String code,
    String name,
    String operatingSystem,
    String software,
    String securityPolicy,
    boolean active,
    long version,
    Instant updatedAt) {}
