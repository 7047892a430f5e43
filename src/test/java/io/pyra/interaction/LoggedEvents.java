package io.pyra.interaction;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the {@link ContactRecordLogged} events, as another module listening to them would receive
 * them.
 */
@Component
class LoggedEvents {

  static final List<ContactRecordLogged> RECEIVED = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ContactRecordLogged event) {
    RECEIVED.add(event);
  }
}
