package io.pyra.customer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the {@link CustomersMerged} events, as a module that moves its customer links would
 * receive them.
 */
@Component
class MergeEvents {

  static final List<CustomersMerged> RECEIVED = new CopyOnWriteArrayList<>();

  @EventListener
  void on(CustomersMerged event) {
    RECEIVED.add(event);
  }
}
