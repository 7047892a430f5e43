package io.pyra.customer.directory;

import java.util.List;

/**
 * One page of customers with the cursors of the pages after and before it ({@code null} when there
 * is none). The whole result is never counted.
 */
public record CustomerSlice(List<CustomerRow> items, String nextCursor, String previousCursor) {}
