/**
 * The service reports (issue 15, item 5): the complaint delay report, SLA compliance, complaints
 * per month, root causes, time to first response and to resolution, and satisfaction after
 * resolution; each counted over the cases the reader's {@code case.read} reaches.
 */
package io.pyra.support.report;
