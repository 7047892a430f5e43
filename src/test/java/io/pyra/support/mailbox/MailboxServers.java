package io.pyra.support.mailbox;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One GreenMail for the mailbox tests (SMTP for the mails Pyra sends, IMAP for the support mailbox
 * it reads), started once for the test run, so that every mailbox test class shares one application
 * context pointed at it.
 */
final class MailboxServers {

  static final String MAILBOX = "support@pyra.test";
  static final String LOGIN = "support";
  static final String PASSWORD = "mailbox-secret";

  static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", "smtp");
  static final ServerSetup IMAP = new ServerSetup(freePort(), "127.0.0.1", "imap");
  static final GreenMail MAIL = start();

  private MailboxServers() {}

  private static GreenMail start() {
    GreenMail mail = new GreenMail(new ServerSetup[] {SMTP, IMAP});
    mail.start();
    mail.setUser(MAILBOX, LOGIN, PASSWORD);
    return mail;
  }

  /** The properties of the shared application context: SMTP and the mailbox, no schedules. */
  static void register(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", SMTP::getPort);
    registry.add("pyra.support.mailbox.host", () -> "127.0.0.1");
    registry.add("pyra.support.mailbox.port", IMAP::getPort);
    registry.add("pyra.support.mailbox.protocol", () -> "imap");
    registry.add("pyra.support.mailbox.username", () -> LOGIN);
    registry.add("pyra.support.mailbox.password", () -> PASSWORD);
    registry.add("pyra.support.mailbox.address", () -> MAILBOX);
    registry.add("pyra.support.mailbox.enabled", () -> "false");
    registry.add("pyra.support.mailbox.retry-enabled", () -> "false");
    registry.add("pyra.support.mailbox.first-retry-delay", () -> "PT1S");
  }

  static GreenMailUser mailbox() {
    return MAIL.getUserManager().getUser(LOGIN);
  }

  /** Puts a mail into the support mailbox, as the mail server would on delivery. */
  static void deliver(MimeMessage message) {
    try {
      mailbox().deliver(message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Puts these exact bytes into the support mailbox. */
  static void deliverRaw(String raw) {
    try {
      deliver(
          new MimeMessage(
              session(), new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Session session() {
    return Session.getInstance(new Properties());
  }

  /** The Message-IDs of the mails in a folder of the support mailbox, read over IMAP. */
  static List<String> messageIdsIn(String folderName) {
    List<String> ids = new ArrayList<>();
    try (Store store = session().getStore("imap")) {
      store.connect("127.0.0.1", IMAP.getPort(), LOGIN, PASSWORD);
      Folder folder = store.getFolder(folderName);
      if (!folder.exists()) {
        return ids;
      }
      folder.open(Folder.READ_ONLY);
      for (Message message : folder.getMessages()) {
        String[] id = message.getHeader("Message-ID");
        if (id != null) {
          ids.add(id[0]);
        }
      }
      folder.close(false);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
