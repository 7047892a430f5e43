package io.pyra.identity.user;

import java.util.Set;
import java.util.UUID;

/** Staff accounts set up through the account's own methods, as the user service does. */
final class UserAccountFixtures {

  static final UUID UNIT = UUID.fromString("00000000-0000-7000-8000-0000000e0001");
  static final UUID FRONT_DESK = UUID.fromString("00000000-0000-7000-8000-0000000f0001");

  private UserAccountFixtures() {}

  static UserAccount active(String username) {
    UserAccount user = new UserAccount(username, "{bcrypt}first-hash");
    user.describe("Li Lei", username + "@example.com", null, UNIT, null, "en");
    user.assignRoles(Set.of(FRONT_DESK));
    return user;
  }

  static UserAccount deactivated(String username) {
    UserAccount user = active(username);
    user.activate(false);
    return user;
  }
}
