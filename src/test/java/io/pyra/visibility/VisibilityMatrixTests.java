package io.pyra.visibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PyraIntegrationTest;
import io.pyra.visibility.Endpoint.Answer;
import io.pyra.visibility.Endpoint.Cell;
import io.pyra.visibility.VisibilityWorld.Actor;
import io.pyra.visibility.VisibilityWorld.Place;
import io.pyra.visibility.VisibilityWorld.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The visibility matrix: every shipped role × every endpoint and page that reads or writes a
 * customer-linked record × four customers (the actor's own, a colleague's in the same branch, one
 * in a team below the branch, one in another branch), each cell checked against the role's scope
 * for the endpoint's permissions (own / org unit / subtree / all, read from the shipped roles). A
 * cell the scope reaches must answer as {@link Endpoint} says; one it does not must refuse
 * (403/404) or leave the record out; and whatever the answer, it must not carry any text of a
 * customer the actor may not read (its id, code, name, phone, e-mail, contact, contact record,
 * task, job, street), not in a duplicate warning, suggestion, export, count or error message.
 *
 * <p>The rows live in {@link VisibilityEndpoints#all()}: a module that adds an endpoint or page
 * showing a customer-linked record adds its row there, and the matrix covers it for every role. The
 * world (units, one user per shipped role, the customers and their records) is {@link
 * VisibilityWorld}; a new shipped role joins the matrix by itself.
 */
@PyraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityMatrixTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired JdbcClient jdbc;

  VisibilityWorld world;
  final AtomicInteger cells = new AtomicInteger();
  long started;

  @BeforeAll
  void buildTheCompany() {
    started = System.nanoTime();
    world = new VisibilityWorld(orgUnits, users, roles, jdbc, port);
  }

  @AfterAll
  void report() {
    System.out.printf(
        "visibility matrix: %d roles x %d endpoints x %d targets = %d cells in %.1f s%n",
        world.actors.size(),
        VisibilityEndpoints.all().size(),
        Place.values().length,
        cells.get(),
        (System.nanoTime() - started) / 1e9);
  }

  @TestFactory
  Stream<DynamicTest> everyRoleSeesExactlyWhatItsScopeReaches() {
    return VisibilityEndpoints.all().stream()
        .map(
            endpoint ->
                DynamicTest.dynamicTest(
                    endpoint.name(),
                    () -> {
                      List<String> failures = new ArrayList<>();
                      for (Actor actor : world.actors) {
                        for (Place place : Place.values()) {
                          Target target = world.target(actor, place);
                          Answer answer = endpoint.probe().send(new Cell(world, actor, target));
                          cells.incrementAndGet();
                          String failure = check(endpoint, actor, target, answer);
                          if (failure != null) {
                            failures.add(actor.role() + " x " + place + ": " + failure);
                          }
                        }
                      }
                      assertThat(failures).as(endpoint.name()).isEmpty();
                    }));
  }

  private String check(Endpoint endpoint, Actor actor, Target target, Answer answer) {
    if (answer.status() >= 500) {
      return "server error " + answer.status() + " " + cut(answer.body());
    }
    if (!world.reaches(actor, "customer.read", target)) {
      for (String secret : target.secrets()) {
        if (!answer.request().contains(secret) && answer.body().contains(secret)) {
          return "shows '"
              + secret
              + "' of a customer it may not read (status "
              + answer.status()
              + "): "
              + around(answer.body(), secret);
        }
      }
    }
    if (endpoint.kind() == Endpoint.Kind.SILENT) {
      return null;
    }
    boolean allowed = endpoint.permissions().stream().allMatch(p -> grants(actor, p, target));
    String presence = endpoint.presence().apply(target);
    boolean shown = presence != null && answer.body().contains(presence);
    if (endpoint.kind() == Endpoint.Kind.RECORD || endpoint.kind() == Endpoint.Kind.CREATE) {
      if (allowed
          && (answer.status() != endpoint.allowedStatus() || (presence != null && !shown))) {
        return "expected "
            + endpoint.allowedStatus()
            + (presence == null ? "" : " showing the record")
            + ", got "
            + answer.status()
            + " "
            + cut(answer.body());
      }
      boolean refused =
          answer.status() == 403
              || answer.status() == 404
              || (endpoint.kind() == Endpoint.Kind.CREATE && answer.status() == 422);
      if (!allowed && !refused) {
        return "expected a refusal, got " + answer.status() + " " + cut(answer.body());
      }
      return null;
    }
    if (allowed && !shown) {
      return "expected the record listed, got " + answer.status() + " " + cut(answer.body());
    }
    if (!allowed && shown) {
      return "lists the record though its scope does not reach it: "
          + around(answer.body(), presence);
    }
    return null;
  }

  /**
   * Whether the actor's scope for {@code permission} reaches the target; for {@code
   * granted:permission}, whether the actor holds it at all (a new record the actor owns, whatever
   * the target's owner); {@code owner} whether the actor owns the target; {@code a|b} either.
   */
  private boolean grants(Actor actor, String permission, Target target) {
    if (permission.contains(Endpoint.OR)) {
      return java.util.Arrays.stream(permission.split(java.util.regex.Pattern.quote(Endpoint.OR)))
          .anyMatch(p -> grants(actor, p, target));
    }
    if (permission.equals(Endpoint.OWNER)) {
      return actor.id().equals(target.ownerId());
    }
    return permission.startsWith(Endpoint.GRANTED)
        ? actor.grants().containsKey(permission.substring(Endpoint.GRANTED.length()))
        : world.reaches(actor, permission, target);
  }

  private static String cut(String body) {
    return body.length() <= 300 ? body : body.substring(0, 300) + "…";
  }

  private static String around(String body, String secret) {
    int at = body.indexOf(secret);
    return "…"
        + body.substring(Math.max(0, at - 120), Math.min(body.length(), at + secret.length() + 60))
        + "…";
  }
}
