package io.pyra.support.mailbox;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The text and attachments of a parsed mail: the first plain-text part (or the first HTML part
 * turned into text), cut to the longest text kept; every other leaf part an attachment, its bytes
 * kept up to {@code maxAttachment}. A multipart whose boundaries do not parse fails with a {@link
 * MessagingException}: the caller quarantines the mail as broken MIME.
 */
record MailBody(String text, List<Attachment> attachments) {

  /** An attachment read; {@code content} is null when it was larger than the kept size. */
  record Attachment(String fileName, String contentType, long size, byte[] content) {}

  private static final int MAX_DEPTH = 20;
  private static final int MAX_PARTS = 200;
  private static final int MAX_HTML = 2_000_000;

  static MailBody of(Part message, int maxText, long maxAttachment)
      throws MessagingException, IOException {
    Reader reader = new Reader(maxAttachment);
    reader.walk(message, 0);
    String text = reader.plain != null ? reader.plain : htmlToText(reader.html);
    return new MailBody(text == null ? null : cut(text, maxText), reader.attachments);
  }

  private static final class Reader {
    private final long maxAttachment;
    private final List<Attachment> attachments = new ArrayList<>();
    private String plain;
    private String html;
    private int parts;

    Reader(long maxAttachment) {
      this.maxAttachment = maxAttachment;
    }

    void walk(Part part, int depth) throws MessagingException, IOException {
      if (depth > MAX_DEPTH || ++parts > MAX_PARTS) {
        throw new MessagingException("too many or too deeply nested parts");
      }
      if (part.isMimeType("multipart/*")) {
        if (!(part.getContent() instanceof Multipart multipart)) {
          throw new MessagingException("a multipart that is not one");
        }
        int count = multipart.getCount(); // parses the boundaries: fails on broken ones
        if (count == 0) {
          throw new MessagingException("a multipart without parts");
        }
        for (int i = 0; i < count; i++) {
          BodyPart child = multipart.getBodyPart(i);
          walk(child, depth + 1);
        }
        return;
      }
      String fileName = fileName(part);
      boolean attached =
          Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
      if (!attached && plain == null && part.isMimeType("text/plain")) {
        plain = text(part);
      } else if (!attached && html == null && part.isMimeType("text/html")) {
        html = text(part);
      } else {
        attachments.add(attachment(part, fileName));
      }
    }

    private Attachment attachment(Part part, String fileName) throws MessagingException {
      ByteArrayOutputStream kept = new ByteArrayOutputStream();
      long size = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = part.getInputStream()) {
        int read;
        while ((read = in.read(buffer)) > 0) {
          if (size + read <= maxAttachment) {
            kept.write(buffer, 0, read);
          }
          size += read;
        }
      } catch (IOException e) {
        throw new MessagingException("an attachment that does not decode", e);
      }
      return new Attachment(
          MailHeaders.cut(fileName, 255),
          MailHeaders.cut(baseType(part), 255),
          size,
          size <= maxAttachment ? kept.toByteArray() : null);
    }
  }

  private static String fileName(Part part) {
    try {
      String name = part.getFileName();
      return name == null || name.isBlank() ? null : MimeUtility.decodeText(name);
    } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
      return null;
    }
  }

  private static String baseType(Part part) {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  private static String text(Part part) throws MessagingException, IOException {
    try {
      Object content = part.getContent();
      if (content instanceof String text) {
        return text;
      }
    } catch (UnsupportedEncodingException | ParseException e) {
      // an unknown charset: read the bytes as UTF-8 below rather than lose the text
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** HTML as readable text: no markup, scripts or styles; breaks where blocks end. */
  static String htmlToText(String html) {
    if (html == null) {
      return null;
    }
    String text = html.length() > MAX_HTML ? html.substring(0, MAX_HTML) : html;
    text = text.replaceAll("(?is)<(script|style|head)\\b[^>]*>.*?</\\1\\s*>", " ");
    text = text.replaceAll("(?is)<!--.*?-->", " ");
    text = text.replaceAll("(?i)<br\\s*/?>", "\n");
    text = text.replaceAll("(?i)</(p|div|tr|li|h[1-6]|table|blockquote)\\s*>", "\n");
    text = text.replaceAll("(?s)<[^>]*>", "");
    text = HtmlUtils.htmlUnescape(text);
    text = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ");
    text = text.replaceAll(" *\n *", "\n");
    text = text.replaceAll("\n{3,}", "\n\n");
    return text.strip();
  }

  private static String cut(String text, int max) {
    String clean = text.replace("\u0000", ""); // PostgreSQL keeps no NUL in text
    return clean.length() <= max ? clean : clean.substring(0, max);
  }
}
