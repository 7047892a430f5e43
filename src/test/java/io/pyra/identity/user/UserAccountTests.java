package io.pyra.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAccountTests {

  @Test
  void startsActiveSpeakingEnglishWithoutEmailReminders() {
    UserAccount user = new UserAccount("lilei", "{bcrypt}hash");

    assertThat(user.active()).isTrue();
    assertThat(user.locale()).isEqualTo("en");
    assertThat(user.emailReminders()).isFalse();
    assertThat(user.roleIds()).isEmpty();
  }

  @Test
  void isDeactivatedAndActivatedAgainKeepingItsRoles() {
    UserAccount user = UserAccountFixtures.deactivated("lilei");

    assertThat(user.active()).isFalse();
    assertThat(user.roleIds()).containsExactly(UserAccountFixtures.FRONT_DESK);

    user.activate(true);

    assertThat(user.active()).isTrue();
  }

  @Test
  void keepsOnlyTheNewPasswordHash() {
    UserAccount user = UserAccountFixtures.active("lilei");

    user.changePassword("{bcrypt}second-hash");

    assertThat(user.passwordHash()).isEqualTo("{bcrypt}second-hash");
  }

  @Test
  void replacesItsRolesRatherThanAddingToThem() {
    UserAccount user = UserAccountFixtures.active("lilei");
    UUID supervisor = UUID.randomUUID();

    user.assignRoles(Set.of(supervisor));

    assertThat(user.roleIds()).containsExactly(supervisor);
  }

  @Test
  void movesToAnotherUnitWhenRedescribed() {
    UserAccount user = UserAccountFixtures.active("lilei");
    UUID unit = UUID.randomUUID();

    user.describe("Li Lei", "li@example.com", "13912345678", unit, null, "zh-CN");

    assertThat(user.orgUnitId()).isEqualTo(unit);
    assertThat(user.locale()).isEqualTo("zh-CN");
    assertThat(user.username()).isEqualTo("lilei");
  }
}
