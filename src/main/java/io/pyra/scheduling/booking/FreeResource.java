package io.pyra.scheduling.booking;

import java.util.UUID;

/**
 * A resource of the same kind and centre as a taken one, free for the whole wanted time: it may
 * replace {@code insteadOf}.
 */
public record FreeResource(UUID id, String kind, String code, String name, UUID insteadOf) {}
