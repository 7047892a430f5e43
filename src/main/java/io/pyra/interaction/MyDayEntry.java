package io.pyra.interaction;

import java.time.Instant;

/**
 * One line of a {@link MyDayContribution}: when, what (already in the reader's language), a short
 * detail (may be null) and the page inside Pyra it opens (starting with one '/').
 */
public record MyDayEntry(Instant at, String title, String detail, String link) {}
