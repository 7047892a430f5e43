package io.pyra.customer.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerTests {

  @Test
  void takesItsDescriptionWithPhonesEmailsAndTags() {
    Customer customer = CustomerFixtures.described("Li Lei");

    assertThat(customer.kind()).isEqualTo(CustomerKind.PERSON);
    assertThat(customer.code()).isEqualTo("C-000001");
    assertThat(customer.name()).isEqualTo("Li Lei");
    assertThat(customer.stage()).isEqualTo(LifecycleStage.PROSPECT);
    assertThat(customer.phones()).extracting(Phone::number).containsExactly("13912345678");
    assertThat(customer.emails()).extracting(Email::address).containsExactly("li.lei@example.com");
    assertThat(customer.tags()).containsExactly("vip");
    assertThat(customer.isDeleted()).isFalse();
    assertThat(customer.mergedIntoId()).isNull();
  }

  @Test
  void dropsPhonesAndEmailsNoLongerInItsDescription() {
    Customer customer = CustomerFixtures.described("Li Lei");
    CustomerDetails d = CustomerFixtures.person("Li Lei");

    customer.describe(
        new CustomerDetails(
            d.name(),
            d.stage(),
            d.ownerId(),
            d.orgUnitId(),
            d.sectorId(),
            d.address(),
            d.profile(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.Set.of(),
            d.consents(),
            d.fieldValues()));

    assertThat(customer.phones()).isEmpty();
    assertThat(customer.emails()).isEmpty();
    assertThat(customer.tags()).isEmpty();
  }

  @Test
  void movesToAnotherOwnerAndUnitWhenTransferred() {
    Customer customer = CustomerFixtures.described("Li Lei");
    UUID newOwner = UUID.randomUUID();
    UUID newUnit = UUID.randomUUID();

    customer.transferTo(newOwner, newUnit);

    assertThat(customer.ownerId()).isEqualTo(newOwner);
    assertThat(customer.orgUnitId()).isEqualTo(newUnit);
    assertThat(customer.name()).isEqualTo("Li Lei");
  }

  @Test
  void isDeletedSoftlyKeepingItsData() {
    Customer customer = CustomerFixtures.deleted();

    assertThat(customer.isDeleted()).isTrue();
    assertThat(customer.name()).isEqualTo("Li Lei");
    assertThat(customer.code()).isEqualTo("C-000001");
    assertThat(customer.mergedIntoId()).isNull();
  }

  @Test
  void keepsTheFirstDeletionWhenDeletedAgain() {
    Customer customer = CustomerFixtures.deleted();
    Instant deleted = customer.updatedAt();

    customer.delete();

    assertThat(customer.isDeleted()).isTrue();
    assertThat(customer.updatedAt()).isEqualTo(deleted);
  }

  @Test
  void pointsAtItsSurvivorAndIsDeletedWhenMerged() {
    Customer survivor = CustomerFixtures.described("Li Lei");

    Customer merged = CustomerFixtures.mergedInto(survivor);

    assertThat(merged.mergedIntoId()).isEqualTo(survivor.id());
    assertThat(merged.isDeleted()).isTrue();
    assertThat(merged.code()).isEqualTo("C-000001");
    assertThat(survivor.isDeleted()).isFalse();
  }
}
