package io.pyra.interaction.record;

import static io.pyra.interaction.record.ContactRecordFixtures.AUTHOR;
import static io.pyra.interaction.record.ContactRecordFixtures.LOGGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactRecordTests {

  private static final UUID COLLEAGUE = UUID.fromString("00000000-0000-7000-8000-0000000a0002");

  @Test
  void isFixedTwentyFourHoursAfterItWasLogged() {
    ContactRecord record = ContactRecordFixtures.logged();

    assertThat(record.fixedAt()).isEqualTo(LOGGED.plus(Duration.ofHours(24)));
    assertThat(record.authorId()).isEqualTo(AUTHOR);
    assertThat(record.orgUnitId()).isEqualTo(ContactRecordFixtures.UNIT);
  }

  @Test
  void letsItsAuthorCorrectItWithinTheWindow() {
    ContactRecord record = ContactRecordFixtures.logged();
    Instant lastMinute = LOGGED.plus(Duration.ofHours(24)).minusSeconds(60);

    record.correct(ContactRecordFixtures.call("Second thoughts"), AUTHOR, lastMinute);

    assertThat(record.subject()).isEqualTo("Second thoughts");
    assertThat(record.updatedAt()).isEqualTo(lastMinute);
    assertThat(record.createdAt()).isEqualTo(LOGGED);
  }

  @Test
  void keepsTheWindowFromTheFirstLoggingAfterACorrection() {
    ContactRecord record = ContactRecordFixtures.corrected();

    assertThat(record.fixedAt()).isEqualTo(LOGGED.plus(ContactRecord.CORRECTION_WINDOW));
    assertThat(record.subject()).isEqualTo("First call, corrected");
  }

  @Test
  void refusesACorrectionBySomeoneElse() {
    ContactRecord record = ContactRecordFixtures.logged();

    assertThatThrownBy(
            () -> record.correct(ContactRecordFixtures.call("Not mine"), COLLEAGUE, LOGGED))
        .isInstanceOfSatisfying(
            ContactRecordLockedException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("author-only"));
    assertThat(record.subject()).isEqualTo("First call");
    assertThat(record.correctableBy(COLLEAGUE, LOGGED)).isFalse();
  }

  @Test
  void refusesItsAuthorsCorrectionOnceFixed() {
    ContactRecord record = ContactRecordFixtures.logged();
    Instant fixed = record.fixedAt();

    assertThatThrownBy(() -> record.correct(ContactRecordFixtures.call("Too late"), AUTHOR, fixed))
        .isInstanceOfSatisfying(
            ContactRecordLockedException.class,
            e -> {
              assertThat(e.violations().get(0).rule()).isEqualTo("fixed");
              assertThat(e.violations().get(0).messageKey()).isEqualTo("interaction.record.fixed");
            });
    assertThat(record.subject()).isEqualTo("First call");
    assertThat(record.correctableBy(AUTHOR, fixed)).isFalse();
    assertThat(record.correctableBy(AUTHOR, fixed.minusMillis(1))).isTrue();
  }

  @Test
  void refusesSomeoneElseBeforeSayingItIsFixed() {
    ContactRecord record = ContactRecordFixtures.logged();

    assertThatThrownBy(
            () -> record.requireCorrectableBy(COLLEAGUE, record.fixedAt().plusSeconds(1)))
        .isInstanceOfSatisfying(
            ContactRecordLockedException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("author-only"));
  }

  @Test
  void namesTheSupervisorWhoOverrodeThePolicyAndWhy() {
    UUID supervisor = UUID.randomUUID();

    ContactRecord record =
        ContactRecordFixtures.overridden(supervisor, "Parent asked for a second visit");

    assertThat(record.overrideBy()).isEqualTo(supervisor);
    assertThat(record.overrideReason()).isEqualTo("Parent asked for a second visit");
    assertThat(record.authorId()).isEqualTo(AUTHOR);
  }

  @Test
  void carriesNoOverrideUnlessThePolicyWasOverridden() {
    ContactRecord record = ContactRecordFixtures.corrected();

    assertThat(record.overrideBy()).isNull();
    assertThat(record.overrideReason()).isNull();
  }
}
