package io.pyra.scheduling.resource;

/** A resource with its time over a period: its hours and the closures that concern it. */
public record ResourceWithTime(PlacedResource resource, ResourceTime time) {}
