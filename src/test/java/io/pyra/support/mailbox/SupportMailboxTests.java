package io.pyra.support.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyra.customer.CustomerId;
import io.pyra.identity.orgunit.OrgUnit;
import io.pyra.identity.user.UserAccount;
import io.pyra.testing.PageClient;
import io.pyra.testing.PyraIntegrationTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.HeaderTerm;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The support mailbox against GreenMail's IMAP and SMTP: each mail stored once however often and
 * however concurrently the poll runs; mails that cannot be read quarantined with their reason and
 * moved to the server's Quarantine folder; a known customer's mail opens a case answered with its
 * tag; a reply to a mail Pyra sent routed by its In-Reply-To; every mail sent logged, a failed one
 * tried again.
 */
class SupportMailboxTests extends MailboxIntegrationTest {

  @Test
  void aMailIsStoredOnceWhenThePollRunsTwiceAndWhenTwoPollsRunAtOnce() throws Exception {
    String first = newMessageId();
    String second = newMessageId();
    String from = unique("stranger") + "@unknown.test";
    MailboxServers.deliver(mail(first, from, "Question about the course", "Hello, a question."));
    MailboxServers.deliver(mail(second, from, "Another question", "Hello again."));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    Callable<MailboxPoll.PollResult> poll =
        () -> {
          start.await();
          return mailbox.poll();
        };
    List<Future<MailboxPoll.PollResult>> runs = List.of(pool.submit(poll), pool.submit(poll));
    start.countDown();
    for (Future<MailboxPoll.PollResult> run : runs) {
      run.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    mailbox.poll();

    assertThat(rows(first)).isEqualTo(1);
    assertThat(rows(second)).isEqualTo(1);
    assertThat(row(first).get("status")).isEqualTo("TRIAGE");
    assertThat(row(first).get("from_address")).isEqualTo(from);
    assertThat(row(first).get("body_text")).isEqualTo("Hello, a question.");
    assertThat(flagged(first, Flags.Flag.SEEN)).isTrue();

    // a crash after storing, before marking seen: the next poll finds it stored and stores nothing
    setSeen(first, false);
    MailboxPoll.PollResult again = mailbox.poll();
    assertThat(again.alreadyStored()).isEqualTo(1);
    assertThat(again.stored()).isZero();
    assertThat(rows(first)).isEqualTo(1);
    assertThat(flagged(first, Flags.Flag.SEEN)).isTrue();
  }

  @Test
  void aMailWithA30MbAttachmentIsQuarantinedAsTooLargeAndMovedToTheQuarantineFolder()
      throws Exception {
    String id = newMessageId();
    String subject = unique("Scans of the contract");
    MimeMessage big = mail(id, "scanner@unknown.test", subject, "See attached.");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("See attached.");
    MimeBodyPart attachment = new MimeBodyPart();
    byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];
    Arrays.fill(thirtyMegabytes, (byte) 'x');
    attachment.setDataHandler(
        new DataHandler(new ByteArrayDataSource(thirtyMegabytes, "application/pdf")));
    attachment.setFileName("contract.pdf");
    big.setContent(new MimeMultipart(text, attachment));
    big.saveChanges();
    MailboxServers.deliver(big);

    MailboxPoll.PollResult result = mailbox.poll();

    assertThat(result.quarantined()).isEqualTo(1);
    Map<String, Object> row = row(id);
    assertThat(row.get("status")).isEqualTo("QUARANTINED");
    assertThat(row.get("reason")).isEqualTo("too-large");
    assertThat(row.get("subject")).isEqualTo(subject);
    assertThat(((Number) row.get("size_bytes")).longValue()).isGreaterThan(30L * 1024 * 1024);
    assertThat(MailboxServers.messageIdsIn("Quarantine")).contains(id);
    assertThat(MailboxServers.messageIdsIn("INBOX")).doesNotContain(id);

    PageClient admin = new PageClient(port).signIn("admin", PyraIntegrationTest.ADMIN_PASSWORD);
    var page = admin.get("/support/quarantine").document();
    var line = page.select("#mail-" + row.get("id"));
    assertThat(line.select(".mail-subject").text()).isEqualTo(subject);
    assertThat(line.select(".mail-reason").text()).isEqualTo("Too large");
  }

  @Test
  void aMailWithABrokenMultipartBoundaryIsQuarantinedAsBrokenMime() {
    String id = newMessageId();
    MailboxServers.deliverRaw(
        String.join(
            "\r\n",
            "Message-ID: " + id,
            "From: Broken Sender <broken@unknown.test>",
            "To: " + MailboxServers.MAILBOX,
            "Subject: Broken mail",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"declared-boundary\"",
            "",
            "--another-boundary",
            "Content-Type: text/plain",
            "",
            "This part is behind a boundary the header never declared.",
            "--another-boundary--",
            ""));

    mailbox.poll();

    Map<String, Object> row = row(id);
    assertThat(row.get("status")).isEqualTo("QUARANTINED");
    assertThat(row.get("reason")).isEqualTo("broken-mime");
    assertThat(row.get("from_address")).isEqualTo("broken@unknown.test");
    assertThat(row.get("from_name")).isEqualTo("Broken Sender");
    assertThat(MailboxServers.messageIdsIn("Quarantine")).contains(id);
    assertThat(MailboxServers.messageIdsIn("INBOX")).doesNotContain(id);
  }

  @Test
  void aKnownCustomersMailOpensACaseAnsweredWithItsTagAndASharedAddressGoesToTriage()
      throws Exception {
    OrgUnit branch = org().branch();
    UserAccount owner = org().user(branch, "CUSTOMER_SERVICE_ASSISTANT");
    String address = unique("li.na") + "@customer.test";
    Map<String, String> customer = customer(branch, owner, address);
    String shared = unique("office") + "@shared.test";
    customer(branch, owner, shared);
    customer(branch, owner, shared);
    String known = newMessageId();
    String sharedMail = newMessageId();
    MailboxServers.deliver(
        mail(known, "Li Na <" + address.toUpperCase() + ">", "My invoice", "Where is it?"));
    MailboxServers.deliver(mail(sharedMail, shared, "From the office", "Hello"));

    mailbox.poll();

    Map<String, Object> row = row(known);
    assertThat(row.get("customer_id").toString()).isEqualTo(customer.get("id"));
    InboundMailId mailId = new InboundMailId(UUID.fromString(row.get("id").toString()));
    assertThat(MailboxTestConfig.EVENTS)
        .contains(
            new InboundMailArrived(mailId, new CustomerId(UUID.fromString(customer.get("id")))));
    assertThat(row(sharedMail).get("status")).isEqualTo("TRIAGE");
    assertThat(row(sharedMail).get("customer_id")).isNull();

    // the case code opens a case of the customer's mail once the poll has stored it, and answers
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> "ROUTED".equals(row(known).get("status")));
    MailReference kase = inboundMails.find(mailId).orElseThrow().reference();
    Map<String, Object> opened =
        jdbc.sql(
                "select customer_id, channel, type, subject, assignee_id from support_case where id = :id")
            .param("id", kase.value())
            .query()
            .singleRow();
    assertThat(opened.get("customer_id").toString()).isEqualTo(customer.get("id"));
    assertThat(opened.get("channel")).isEqualTo("EMAIL");
    assertThat(opened.get("type")).isEqualTo("INQUIRY");
    assertThat(opened.get("subject")).isEqualTo("My invoice");
    assertThat(opened.get("assignee_id").toString()).isEqualTo(owner.id().toString());
    String code =
        jdbc.sql("select code from support_case where id = :id")
            .param("id", kase.value())
            .query(String.class)
            .single();
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !supportMail.sentFor(kase).isEmpty());
    assertThat(supportMail.sentFor(kase).get(0).subject()).startsWith("[#" + code + "] ");
    assertThat(supportMail.sentFor(kase).get(0).to()).isEqualTo(row.get("from_address"));
    assertThat(inboundMails.markRouted(mailId, kase)).as("routed once").isFalse();
  }

  @Test
  void aReplyToASentMailCarriesItsMessageIdAndIsRoutedToTheRecordItWasSentFor() throws Exception {
    String customerAddress = unique("zhao") + "@customer.test";
    MailReference kase = new MailReference(UUID.randomUUID());
    String sentId =
        supportMail.send(
            OutboundMail.of(
                    customerAddress,
                    "[#CS-000123] We have your request",
                    "Dear customer, we are on it.",
                    kase)
                .withHtml("<p>Dear customer, <b>we are on it</b>.</p>"));

    MimeMessage received = receivedBy(customerAddress).get(0);
    assertThat(received.getMessageID()).isEqualTo(sentId);
    assertThat(sentId).endsWith("@pyra.test>");
    assertThat(received.getSubject()).isEqualTo("[#CS-000123] We have your request");
    assertThat(received.getReplyTo()[0].toString()).isEqualTo(MailboxServers.MAILBOX);
    assertThat(supportMail.sentFor(kase))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.messageId()).isEqualTo(sentId);
              assertThat(s.status()).isEqualTo(SentMail.SENT);
              assertThat(s.to()).isEqualTo(customerAddress);
              assertThat(s.sentAt()).isNotNull();
            });

    // the customer answers from their mail program
    String replyId = newMessageId();
    MimeMessage reply =
        mail(replyId, customerAddress, "Re: [#CS-000123] We have your request", "Thanks!");
    reply.setHeader("In-Reply-To", received.getMessageID());
    reply.setHeader("References", received.getMessageID());
    MailboxServers.deliver(reply);

    MailboxPoll.PollResult result = mailbox.poll();

    assertThat(result.routed()).isEqualTo(1);
    Map<String, Object> row = row(replyId);
    assertThat(row.get("in_reply_to")).isEqualTo(sentId);
    assertThat(row.get("status")).isEqualTo("ROUTED");
    assertThat(row.get("reference_id").toString()).isEqualTo(kase.value().toString());
    InboundMail stored =
        inboundMails
            .find(new InboundMailId(UUID.fromString(row.get("id").toString())))
            .orElseThrow();
    assertThat(stored.caseReference()).contains("CS-000123");
    assertThat(stored.repliedMessageIds()).containsExactly(sentId);
  }

  @Test
  void aMailTheServerRefusesIsLoggedFailedNotThrownAndTriedAgainUnderTheSameMessageId()
      throws Exception {
    MailReference kase = new MailReference(UUID.randomUUID());
    String messageId =
        supportMail.send(OutboundMail.of("not an address", "[#CS-000124] Hello", "Text", kase));

    SentMail failed = supportMail.byMessageId(messageId).orElseThrow();
    assertThat(failed.status()).isEqualTo(SentMail.FAILED);
    assertThat(failed.reason()).isNotBlank();
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.nextAttemptAt()).isNotNull();

    supportMail.retryDue(failed.nextAttemptAt());
    SentMail second = supportMail.byMessageId(messageId).orElseThrow();
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(second.status()).isEqualTo(SentMail.FAILED);
    // the retries come 1, 2, 4 … seconds apart here (first-retry-delay PT1S)
    assertThat(second.nextAttemptAt()).isAfter(failed.nextAttemptAt().plusMillis(1500));

    String address = unique("fixed") + "@customer.test";
    jdbc.sql("update support_outbound_mail set to_address = :to where message_id = :id")
        .param("to", address)
        .param("id", messageId)
        .update();
    assertThat(supportMail.retryDue(second.nextAttemptAt())).isEqualTo(1);

    SentMail sent = supportMail.byMessageId(messageId).orElseThrow();
    assertThat(sent.status()).isEqualTo(SentMail.SENT);
    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(sent.nextAttemptAt()).isNull();
    assertThat(receivedBy(address).get(0).getMessageID()).isEqualTo(messageId);
    assertThat(supportMail.retryDue(Instant.now().plusSeconds(3600))).isZero();
  }

  private static List<MimeMessage> receivedBy(String address) throws Exception {
    List<MimeMessage> mails = new ArrayList<>();
    MailboxServers.MAIL.waitForIncomingEmail(5000, 1);
    for (MimeMessage message : MailboxServers.MAIL.getReceivedMessages()) {
      for (var to : message.getAllRecipients()) {
        if (((InternetAddress) to).getAddress().equalsIgnoreCase(address)) {
          mails.add(message);
        }
      }
    }
    assertThat(mails).as("mails to " + address).isNotEmpty();
    return mails;
  }

  private static boolean flagged(String messageId, Flags.Flag flag) throws Exception {
    try (Store store = MailboxServers.session().getStore("imap")) {
      store.connect(
          "127.0.0.1",
          MailboxServers.IMAP.getPort(),
          MailboxServers.LOGIN,
          MailboxServers.PASSWORD);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      Message[] found = inbox.search(new HeaderTerm("Message-ID", messageId));
      boolean set = found.length == 1 && found[0].isSet(flag);
      inbox.close(false);
      return set;
    }
  }

  private static void setSeen(String messageId, boolean seen) throws Exception {
    try (Store store = MailboxServers.session().getStore("imap")) {
      store.connect(
          "127.0.0.1",
          MailboxServers.IMAP.getPort(),
          MailboxServers.LOGIN,
          MailboxServers.PASSWORD);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_WRITE);
      for (Message message : inbox.search(new HeaderTerm("Message-ID", messageId))) {
        message.setFlag(Flags.Flag.SEEN, seen);
      }
      inbox.close(false);
    }
  }
}
