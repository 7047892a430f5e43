package io.pyra.customer;

import static io.pyra.customer.CustomerStaff.person;
import static io.pyra.customer.CustomerStaff.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.identity.orgunit.OrgUnitService;
import io.pyra.identity.role.RoleService;
import io.pyra.identity.user.UserService;
import io.pyra.testing.PyraIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link CustomerApi#findByEmail}: the live customer with that exact address in any case; nobody
 * for an address two customers share, a deleted customer's, a mere prefix or no address at all.
 */
@PyraIntegrationTest
class CustomerFindByEmailTests {

  @LocalServerPort int port;
  @Autowired OrgUnitService orgUnits;
  @Autowired UserService users;
  @Autowired RoleService roles;
  @Autowired CustomerApi customers;

  CustomerStaff staff;

  @BeforeEach
  void setUp() {
    staff = new CustomerStaff(orgUnits, users, roles, port);
  }

  @Test
  void findsTheOneLiveCustomerWithTheAddressInAnyCase() {
    String address = address("mail") + "@find.example";
    String id = create(address, "second." + address);
    String shared = address("shared") + "@find.example";
    create(shared);
    create(shared);
    String gone = address("gone") + "@find.example";
    Map<String, Object> body = person(unique("Mail Finder"), null);
    body.put("emails", List.of(Map.of("address", gone)));
    var deleted = staff.admin().post("/api/v1/customers", body);
    assertThat(
            staff
                .admin()
                .delete(
                    "/api/v1/customers/" + deleted.json().get("id").asString(),
                    deleted.header("ETag"))
                .status())
        .isBetween(200, 299);

    assertThat(customers.findByEmail(" " + address.toUpperCase() + " "))
        .map(c -> c.id().value().toString())
        .contains(id);
    assertThat(customers.findByEmail("second." + address))
        .map(c -> c.id().value().toString())
        .contains(id);
    assertThat(customers.findByEmail(shared)).isEmpty();
    assertThat(customers.findByEmail(gone)).isEmpty();
    assertThat(customers.findByEmail(address.substring(0, 8))).isEmpty();
    assertThat(customers.findByEmail("")).isEmpty();
    assertThat(customers.findByEmail(null)).isEmpty();
  }

  private static String address(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  private String create(String... emails) {
    Map<String, Object> body = person(unique("Mail Finder"), null);
    body.put("emails", List.of(emails).stream().map(e -> Map.of("address", e)).toList());
    body.put("duplicateReason", "one address for the family");
    var created = staff.admin().post("/api/v1/customers", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asString()).toString();
  }
}
