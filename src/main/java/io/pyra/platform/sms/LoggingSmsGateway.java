package io.pyra.platform.sms;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default gateway: no message leaves the server. Each is logged (the number without its last
 * four digits) and the latest {@value #KEPT} are kept in memory, for a developer and for tests.
 */
@Component
@ConditionalOnProperty(name = "pyra.sms.gateway", havingValue = "logging", matchIfMissing = true)
public class LoggingSmsGateway implements SmsGateway {

  static final int KEPT = 1000;
  private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

  private final Deque<SmsMessage> latest = new ArrayDeque<>();

  @Override
  public SmsReceipt send(SmsMessage message) {
    String to = message.to();
    log.info(
        "SMS to {}**** ({} characters, reference {})",
        to.substring(0, Math.max(0, to.length() - 4)),
        message.text().length(),
        message.reference());
    synchronized (latest) {
      if (latest.size() == KEPT) {
        latest.removeFirst();
      }
      latest.addLast(message);
    }
    return SmsReceipt.accepted("log-" + UUID.randomUUID());
  }

  /** The latest messages, oldest first. */
  public List<SmsMessage> latest() {
    synchronized (latest) {
      return List.copyOf(latest);
    }
  }
}
