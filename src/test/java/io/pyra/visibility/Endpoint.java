package io.pyra.visibility;

import io.pyra.testing.ApiClient;
import io.pyra.testing.PageClient;
import java.util.List;
import java.util.function.Function;

/**
 * One row of the visibility matrix: a request that reads or writes a customer-linked record, sent
 * by every actor about every target, and what it must show.
 *
 * <ul>
 *   <li>{@link Kind#RECORD}: the request names the record. Where {@code permissions} all reach the
 *       target it answers {@code allowedStatus} (and shows {@code presence}, if given); elsewhere
 *       403 or 404.
 *   <li>{@link Kind#CREATE}: a new record for the customer: 201 where the permissions reach it;
 *       elsewhere 403, 404 or 422. A permission written {@code granted:order.write} is one the
 *       actor needs at any scope: the new record is the actor's own, whoever owns the customer. A
 *       permission written {@code owner|value.manage} is granted to the target's owner or to an
 *       actor whose value.manage reaches it.
 *   <li>{@link Kind#LISTED}: a list, search, export, suggestion or warning. Where the permissions
 *       reach the target it shows {@code presence}; elsewhere it does not.
 *   <li>{@link Kind#SILENT}: a page or report about many records (counts, dashboards): only the
 *       rule below.
 * </ul>
 *
 * Always: no 5xx; and where the actor's {@code customer.read} does not reach the target, no text of
 * the target or its records (id, code, name, phone, e-mail, contact, record, task, job, street)
 * appears in the answer, unless the request itself carried it.
 */
record Endpoint(
    String name,
    Kind kind,
    List<String> permissions,
    int allowedStatus,
    Function<VisibilityWorld.Target, String> presence,
    Probe probe) {

  /**
   * {@code CREATE} is a {@code RECORD} whose request names the customer in its body (a new contact
   * record, task or job): out of reach it may also answer 422 naming the field.
   */
  /** Marks a permission needed at any scope (see {@link Kind#CREATE}). */
  static final String GRANTED = "granted:";

  /** The target's owner, whatever their permissions (for {@code owner|value.manage}). */
  static final String OWNER = "owner";

  /** Separates alternatives: either grants. */
  static final String OR = "|";

  enum Kind {
    RECORD,
    CREATE,
    LISTED,
    SILENT
  }

  /** Sends the request for one cell and returns what came back. */
  @FunctionalInterface
  interface Probe {
    Answer send(Cell cell);
  }

  /** One actor asking about one target. */
  record Cell(VisibilityWorld world, VisibilityWorld.Actor actor, VisibilityWorld.Target target) {

    ApiClient api() {
      return actor.api();
    }

    PageClient pages() {
      return actor.pages();
    }

    VisibilityWorld.Target t() {
      return target;
    }
  }

  /** The status and body of the answer, and the request's own text (path and body). */
  record Answer(int status, String body, String request) {

    static Answer of(String request, ApiClient.Response response) {
      return new Answer(response.status(), response.body(), decoded(request));
    }

    static Answer of(String request, PageClient.Page page) {
      return new Answer(page.status(), page.body(), decoded(request));
    }

    /**
     * The request as the server reads it: a value echoed back (a search box) is the caller's own.
     */
    private static String decoded(String request) {
      return request
          + " "
          + java.net.URLDecoder.decode(request, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  static Endpoint record(String name, String permissions, int allowedStatus, Probe probe) {
    return new Endpoint(
        name, Kind.RECORD, List.of(permissions.split(",")), allowedStatus, t -> null, probe);
  }

  static Endpoint record(
      String name,
      String permissions,
      int allowedStatus,
      Function<VisibilityWorld.Target, String> presence,
      Probe probe) {
    return new Endpoint(
        name, Kind.RECORD, List.of(permissions.split(",")), allowedStatus, presence, probe);
  }

  static Endpoint create(String name, String permissions, Probe probe) {
    return new Endpoint(name, Kind.CREATE, List.of(permissions.split(",")), 201, t -> null, probe);
  }

  static Endpoint listed(
      String name,
      String permissions,
      Function<VisibilityWorld.Target, String> presence,
      Probe probe) {
    return new Endpoint(name, Kind.LISTED, List.of(permissions.split(",")), 200, presence, probe);
  }

  static Endpoint silent(String name, Probe probe) {
    return new Endpoint(name, Kind.SILENT, List.of(), 200, t -> null, probe);
  }

  /** A GET through the API. */
  static Probe apiGet(Function<Cell, String> path) {
    return cell -> {
      String p = path.apply(cell);
      return Answer.of(p, cell.api().get(p));
    };
  }

  /** A GET of a page. */
  static Probe page(Function<Cell, String> path) {
    return cell -> {
      String p = path.apply(cell);
      return Answer.of(p, cell.pages().get(p));
    };
  }
}
