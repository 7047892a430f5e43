package io.pyra.interaction.value;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The follow-up rule per value tier: the most days a customer of the tier may go without a contact
 * record ({@code max-days.TOP: 30} visits the TOP customers monthly, {@code LOW: 182} twice a
 * year); a tier without a value has no rule. {@code due-in}: how long after the job the task is
 * due.
 */
@ConfigurationProperties("pyra.interaction.tier-follow-up")
public record TierFollowUpProperties(Map<String, Integer> maxDays, Duration dueIn) {

  public TierFollowUpProperties {
    maxDays = maxDays == null ? Map.of() : Map.copyOf(maxDays);
    dueIn = dueIn == null ? Duration.ofDays(1) : dueIn;
  }
}
