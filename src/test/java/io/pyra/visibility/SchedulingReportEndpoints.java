package io.pyra.visibility;

import static io.pyra.visibility.Endpoint.apiGet;
import static io.pyra.visibility.Endpoint.record;

import java.util.function.Function;

/**
 * The scheduling reports' rows of the visibility matrix: the target's centre (its org unit) with
 * its room ({@link ResourceEndpoints}) is shown where {@code scheduling.report} reaches the unit —
 * the occupancy names the room — and is not found elsewhere, in the API, the page and the file.
 */
final class SchedulingReportEndpoints {

  private static final String MONTHS = "&from=2026-01&to=2026-03";

  private SchedulingReportEndpoints() {}

  static Endpoint occupancy() {
    return record(
        "GET /api/v1/scheduling/reports/occupancy",
        "scheduling.report",
        200,
        ResourceEndpoints::name,
        apiGet(withRoom("/api/v1/scheduling/reports/occupancy?centre=")));
  }

  static Endpoint instructorUtilisation() {
    return record(
        "GET /api/v1/scheduling/reports/instructor-utilisation",
        "scheduling.report",
        200,
        apiGet(withRoom("/api/v1/scheduling/reports/instructor-utilisation?centre=")));
  }

  static Endpoint fillRate() {
    return record(
        "GET /api/v1/scheduling/reports/fill-rate",
        "scheduling.report",
        200,
        apiGet(withRoom("/api/v1/scheduling/reports/fill-rate?centre=")));
  }

  static Endpoint classRevenue() {
    return record(
        "GET /api/v1/scheduling/reports/class-revenue",
        "scheduling.report",
        200,
        apiGet(withRoom("/api/v1/scheduling/reports/class-revenue?centre=")));
  }

  static Endpoint page() {
    return record(
        "GET /scheduling/reports?centre",
        "scheduling.report",
        200,
        ResourceEndpoints::name,
        Endpoint.page(withRoom("/scheduling/reports?report=occupancy&centre=")));
  }

  static Endpoint file() {
    return record(
        "GET /scheduling/reports/export?centre",
        "scheduling.report",
        200,
        ResourceEndpoints::name,
        Endpoint.page(withRoom("/scheduling/reports/export?format=csv&centre=")));
  }

  private static Function<Endpoint.Cell, String> withRoom(String path) {
    return c -> {
      ResourceEndpoints.room(c);
      return path + c.t().orgUnitId() + MONTHS;
    };
  }
}
