package io.pyra.support.report;

import java.util.List;

/**
 * The complaints opened in a period by root cause, most first ({@code causes}), and how many have
 * no root cause yet (left out of the shares).
 */
public record RootCauses(long complaints, long withoutRootCause, List<RootCauseShare> causes) {}
