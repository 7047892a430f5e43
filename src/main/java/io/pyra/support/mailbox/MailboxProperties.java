package io.pyra.support.mailbox;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The support mailbox: the IMAP server read every {@code pollInterval} when {@code enabled}, the
 * limits beyond which a mail is quarantined or an attachment's bytes are not kept, and the mails
 * sent to customers (From, Reply-To, the domain of their Message-IDs, how often a failed one is
 * tried again). The password is never logged ({@link #toString}).
 */
@ConfigurationProperties("pyra.support.mailbox")
record MailboxProperties(
    @DefaultValue("false") boolean enabled,
    String host,
    @DefaultValue("0") int port,
    String username,
    String password,
    @DefaultValue("imaps") String protocol,
    @DefaultValue("INBOX") String folder,
    @DefaultValue("Quarantine") String quarantineFolder,
    @DefaultValue("PT1M") Duration pollInterval,
    @DefaultValue("200") int batch,
    @DefaultValue("25MB") DataSize maxMessageSize,
    @DefaultValue("10MB") DataSize maxAttachmentSize,
    @DefaultValue("100000") int maxTextLength,
    String address,
    String from,
    String messageIdDomain,
    @DefaultValue("5") int sendAttempts,
    @DefaultValue("PT1M") Duration firstRetryDelay) {

  MailboxProperties {
    protocol = protocol == null ? "imaps" : protocol.strip().toLowerCase(Locale.ROOT);
    if (!protocol.equals("imap") && !protocol.equals("imaps")) {
      throw new IllegalArgumentException(
          "pyra.support.mailbox.protocol must be imap or imaps, was " + protocol);
    }
    if (sendAttempts < 1) {
      throw new IllegalArgumentException(
          "pyra.support.mailbox.send-attempts must be at least 1, was " + sendAttempts);
    }
    if (batch < 1) {
      throw new IllegalArgumentException("pyra.support.mailbox.batch must be at least 1");
    }
  }

  /** Whether a server to read is named (the schedule runs only when also {@code enabled}). */
  boolean serverConfigured() {
    return host != null && !host.isBlank();
  }

  @Override
  public String toString() {
    return "MailboxProperties[enabled="
        + enabled
        + ", host="
        + host
        + ", port="
        + port
        + ", username="
        + username
        + ", password="
        + (password == null || password.isEmpty() ? "(none)" : "(set)")
        + ", protocol="
        + protocol
        + ", folder="
        + folder
        + "]";
  }
}
