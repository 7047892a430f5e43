package io.pyra.marketing.funnel;

/**
 * One row of the funnel: its key (an id, a source code or a month {@code yyyy-MM}; empty for the
 * leads without one), the name to show in the reader's language, and its figures.
 */
public record FunnelRow(String key, String name, FunnelFigures figures) {}
