package io.pyra.scheduling.resource;

import java.time.Instant;

/** A stretch of open time, from {@code opens} to {@code closes} (exclusive), as instants. */
public record OpenWindow(Instant opens, Instant closes) {}
