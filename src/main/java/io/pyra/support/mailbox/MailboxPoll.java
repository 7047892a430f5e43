package io.pyra.support.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reading of the support mailbox: each unseen mail of the folder is stored (or quarantined) in
 * a transaction of its own and only then marked seen on the server, so a crash in between leaves it
 * unseen and the next poll finds it stored already (its Message-ID is unique). A mail larger than
 * the limit is quarantined from its headers without reading its body ({@code too-large}); one whose
 * MIME does not parse is quarantined too ({@code broken-mime}); both are moved on the server to the
 * quarantine folder, made when missing. Then the stored mails are routed ({@link MailRouting}). The
 * scheduled run holds the job lock ({@link MailboxSchedule}).
 */
@Component
public class MailboxPoll {

  /** What one poll did. */
  public record PollResult(int stored, int quarantined, int alreadyStored, int routed) {}

  static final String TOO_LARGE = "too-large";
  static final String BROKEN_MIME = "broken-mime";

  private static final Logger log = LoggerFactory.getLogger(MailboxPoll.class);

  private final MailboxProperties properties;
  private final InboundMailStore store;
  private final MailRouting routing;
  private final TransactionTemplate transactions;

  MailboxPoll(
      MailboxProperties properties,
      InboundMailStore store,
      MailRouting routing,
      TransactionTemplate transactions) {
    this.properties = properties;
    this.store = store;
    this.routing = routing;
    this.transactions = transactions;
  }

  /** Reads the unseen mails of the mailbox, then routes the stored ones. */
  public PollResult poll() {
    Counts counts = new Counts();
    if (properties.serverConfigured()) {
      read(counts);
    }
    int routed = routing.routePending(properties.batch());
    return new PollResult(counts.stored, counts.quarantined, counts.alreadyStored, routed);
  }

  private static final class Counts {
    int stored;
    int quarantined;
    int alreadyStored;
  }

  private void read(Counts counts) {
    Session session = Session.getInstance(sessionProperties());
    try (Store server = session.getStore(properties.protocol())) {
      server.connect(
          properties.host(),
          properties.port() > 0 ? properties.port() : -1,
          properties.username(),
          properties.password());
      Folder folder = server.getFolder(properties.folder());
      folder.open(Folder.READ_WRITE);
      try {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        profile.add(FetchProfile.Item.ENVELOPE);
        folder.fetch(unseen, profile);
        for (int i = 0; i < unseen.length && i < properties.batch(); i++) {
          try {
            take(session, server, folder, unseen[i], counts);
          } catch (MessagingException | RuntimeException e) {
            // e.g. the database is away: the mail stays unseen for the next poll
            log.warn("Support mail not taken this time: {}", e.getMessage());
          }
        }
      } finally {
        folder.close(true); // expunges the mails moved to quarantine
      }
    } catch (MessagingException e) {
      log.warn(
          "Support mailbox {}@{} not read: {}",
          properties.username(),
          properties.host(),
          e.getMessage());
    }
  }

  private void take(Session session, Store server, Folder folder, Message message, Counts counts)
      throws MessagingException {
    if (message.isExpunged()) {
      return;
    }
    MailHeaders headers = MailHeaders.of(message, fallbackId(folder, message));
    long size = message.getSize();
    long limit = properties.maxMessageSize().toBytes();
    if (size > limit) {
      quarantine(server, folder, message, headers, size, TOO_LARGE, counts);
      return;
    }
    byte[] raw = raw(message);
    if (raw.length > limit) {
      quarantine(server, folder, message, headers, raw.length, TOO_LARGE, counts);
      return;
    }
    Optional<MailBody> body = parse(session, raw);
    if (body.isEmpty()) {
      quarantine(server, folder, message, headers, raw.length, BROKEN_MIME, counts);
      return;
    }
    Instant now = Instant.now();
    boolean stored =
        Boolean.TRUE.equals(
            transactions.execute(s -> store.storeParsed(headers, raw.length, body.get(), now)));
    if (stored) {
      counts.stored++;
    } else {
      counts.alreadyStored++;
    }
    message.setFlag(Flags.Flag.SEEN, true);
  }

  private Optional<MailBody> parse(Session session, byte[] raw) {
    try {
      MimeMessage local = new MimeMessage(session, new ByteArrayInputStream(raw));
      return Optional.of(
          MailBody.of(local, properties.maxTextLength(), properties.maxAttachmentSize().toBytes()));
    } catch (MessagingException | IOException | RuntimeException e) {
      log.info("Support mail with broken MIME quarantined: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private static byte[] raw(Message message) throws MessagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      message.writeTo(out);
    } catch (IOException e) {
      throw new MessagingException("mail not read from the server", e);
    }
    return out.toByteArray();
  }

  private void quarantine(
      Store server,
      Folder folder,
      Message message,
      MailHeaders headers,
      long size,
      String reason,
      Counts counts)
      throws MessagingException {
    Instant now = Instant.now();
    boolean stored =
        Boolean.TRUE.equals(
            transactions.execute(s -> store.storeQuarantined(headers, size, reason, now)));
    if (stored) {
      counts.quarantined++;
    } else {
      counts.alreadyStored++;
      if (store.statusOf(headers.messageId()).orElse(null) != InboundMailStatus.QUARANTINED) {
        message.setFlag(Flags.Flag.SEEN, true); // stored whole before: nothing to put aside
        return;
      }
    }
    Folder quarantine = server.getFolder(properties.quarantineFolder());
    if (!quarantine.exists() && !quarantine.create(Folder.HOLDS_MESSAGES)) {
      throw new MessagingException("quarantine folder not created");
    }
    folder.copyMessages(new Message[] {message}, quarantine);
    message.setFlag(Flags.Flag.DELETED, true);
  }

  /** Stands for a missing Message-ID: the mail's UID in this folder, the same on every poll. */
  private String fallbackId(Folder folder, Message message) throws MessagingException {
    UIDFolder uids = (UIDFolder) folder;
    return "<uid-"
        + uids.getUIDValidity()
        + "-"
        + uids.getUID(message)
        + "@"
        + properties.host().replaceAll("[^A-Za-z0-9.-]", "")
        + ">";
  }

  private Properties sessionProperties() {
    String prefix = "mail." + properties.protocol() + ".";
    Properties session = new Properties();
    session.put(prefix + "connectiontimeout", "10000");
    session.put(prefix + "timeout", "60000");
    session.put(prefix + "writetimeout", "60000");
    // reading a mail's body must not mark it seen before it is stored
    session.put(prefix + "peek", "true");
    return session;
  }
}
