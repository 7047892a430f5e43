package io.pyra.interaction.record;

/**
 * A request to let a return visit exceed the follow-up policy, with the reason. Without {@code
 * supervisor} the signed-in user overrides it themselves (they need {@code interaction.override}
 * reaching the customer); with it, a supervisor who has that permission confirms it with their
 * username and password on the user's screen, and the record names the supervisor.
 */
public record PolicyOverride(String reason, SupervisorCredentials supervisor) {

  /**
   * A supervisor's username and password as typed; the password never appears in {@link
   * #toString()}.
   */
  public record SupervisorCredentials(String username, String password) {

    @Override
    public String toString() {
      return "SupervisorCredentials[username=" + username + ", password=***]";
    }
  }

  public static PolicyOverride self(String reason) {
    return new PolicyOverride(reason, null);
  }

  public static PolicyOverride bySupervisor(String username, String password, String reason) {
    return new PolicyOverride(reason, new SupervisorCredentials(username, password));
  }
}
