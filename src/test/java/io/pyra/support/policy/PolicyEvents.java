package io.pyra.support.policy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the {@link SlaPolicyChanged} events, as the cases code listening to them would. */
@Component
class PolicyEvents {

  static final List<SlaPolicyChanged> RECEIVED = new CopyOnWriteArrayList<>();

  @EventListener
  void on(SlaPolicyChanged event) {
    RECEIVED.add(event);
  }
}
