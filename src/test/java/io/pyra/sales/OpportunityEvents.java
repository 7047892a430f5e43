package io.pyra.sales;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the won and lost events, as another module listening to them would receive them. */
@Component
class OpportunityEvents {

  static final List<OpportunityWon> WON = new CopyOnWriteArrayList<>();
  static final List<OpportunityLost> LOST = new CopyOnWriteArrayList<>();

  @EventListener
  void on(OpportunityWon event) {
    WON.add(event);
  }

  @EventListener
  void on(OpportunityLost event) {
    LOST.add(event);
  }
}
