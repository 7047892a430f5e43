package io.pyra.marketing.form;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts the form submissions of each client address in fixed windows and refuses those past the
 * limit. Kept in memory on each node (a flood is refused before it reaches the database); at most
 * {@value #ADDRESSES_MAX} addresses are tracked, ended windows are dropped first.
 */
@Component
class AddressThrottle {

  static final int ADDRESSES_MAX = 200_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final int limit;
  private final long windowMillis;
  private final Clock clock;

  @Autowired
  AddressThrottle(WebFormProperties properties) {
    this(properties, Clock.systemUTC());
  }

  AddressThrottle(WebFormProperties properties, Clock clock) {
    this.limit = properties.perAddress();
    this.windowMillis = properties.window().toMillis();
    this.clock = clock;
  }

  /**
   * Counts one submission of {@code address}; {@code 0} when it may go on, else the seconds until
   * its window ends.
   */
  long take(String address) {
    long now = clock.millis();
    long start = now - now % windowMillis;
    if (windows.size() >= ADDRESSES_MAX) {
      dropEnded(start);
    }
    Window window =
        windows.compute(
            address,
            (key, old) ->
                old == null || old.start != start
                    ? new Window(start, 1)
                    : new Window(start, old.count + 1));
    if (window.count <= limit) {
      return 0;
    }
    return Math.max(1, (start + windowMillis - now + 999) / 1000);
  }

  private void dropEnded(long currentStart) {
    for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
      if (it.next().start != currentStart) {
        it.remove();
      }
    }
    if (windows.size() >= ADDRESSES_MAX) {
      // a flood from more addresses than tracked in one window: start counting afresh
      windows.clear();
    }
  }

  private record Window(long start, int count) {}
}
