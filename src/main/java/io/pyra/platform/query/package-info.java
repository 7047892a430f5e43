/**
 * The query kit every list and search uses: {@link io.pyra.platform.query.QueryPart} and {@link
 * io.pyra.platform.query.Where} (constant SQL text with bound parameters), {@link
 * io.pyra.platform.query.Like} (the LIKE escape), {@link io.pyra.platform.query.SortKey} (orders
 * from an enum), {@link io.pyra.platform.query.KeysetCursor} (the one cursor codec) and {@link
 * io.pyra.platform.query.Slice} (a page of rows). SQL text only ever comes from constants of the
 * module that owns the tables; values from a request travel as parameters.
 */
package io.pyra.platform.query;
