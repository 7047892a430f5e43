package io.pyra.support.cases;

import io.pyra.identity.CurrentUser;
import io.pyra.platform.Ids;
import io.pyra.platform.SqlTime;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to a case: listed and downloaded where the case is seen, attached and removed
 * where it is worked, each on the case's history. At most {@link #MAX_PER_CASE} per case, each of
 * at most {@link #MAX_BYTES}; a refused file changes nothing.
 */
@Service
public class CaseAttachments {

  public static final int MAX_PER_CASE = 20;
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int NAME_MAX = 255;
  private static final String OCTET_STREAM = "application/octet-stream";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

  private static final String COLUMNS =
      "id, case_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

  private static final String LIST =
      "select "
          + COLUMNS
          + " from support_case_attachment where case_id = :case order by uploaded_at, id";

  private static final String ONE =
      "select " + COLUMNS + " from support_case_attachment where case_id = :case and id = :id";

  private static final String CONTENT =
      "select content from support_case_attachment where case_id = :case and id = :id";

  private static final String COUNT =
      "select count(*) from support_case_attachment where case_id = :case";

  private static final String LOCK_CASE = "select id from support_case where id = :case for update";

  private static final String INSERT =
      """
      insert into support_case_attachment
             (id, case_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
      values (:id, :case, :name, :type, :size, :sha, :content, :by, :at)""";

  private static final String DELETE =
      "delete from support_case_attachment where case_id = :case and id = :id";

  /** A file as stored: no content. */
  public record Attachment(
      UUID id,
      UUID caseId,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      UUID uploadedBy,
      Instant uploadedAt) {}

  /** A file as the user sent it: its name and type as given, its size, and its bytes when read. */
  public record Upload(String fileName, String contentType, long size, Supplier<byte[]> bytes) {}

  private final CaseService cases;
  private final CaseHistory history;
  private final CurrentUser currentUser;
  private final JdbcClient jdbc;

  CaseAttachments(
      CaseService cases, CaseHistory history, CurrentUser currentUser, JdbcClient jdbc) {
    this.cases = cases;
    this.history = history;
    this.currentUser = currentUser;
    this.jdbc = jdbc;
  }

  /** The case's files, oldest first. */
  @Transactional(readOnly = true)
  public List<Attachment> of(UUID caseId) {
    cases.get(caseId);
    return jdbc.sql(LIST).param("case", caseId).query(CaseAttachments::attachment).list();
  }

  /** One file with its bytes. */
  @Transactional(readOnly = true)
  public Attachment one(UUID caseId, UUID attachmentId) {
    cases.get(caseId);
    return jdbc.sql(ONE)
        .param("case", caseId)
        .param("id", attachmentId)
        .query(CaseAttachments::attachment)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
  }

  /** A file with its bytes, for a download. */
  public record Download(Attachment attachment, byte[] bytes) {}

  /** One file of a case the reader sees, with its bytes: the case checked once. */
  @Transactional(readOnly = true)
  public Download download(UUID caseId, UUID attachmentId) {
    Attachment a = one(caseId, attachmentId);
    return new Download(a, bytes(caseId, attachmentId));
  }

  private byte[] bytes(UUID caseId, UUID attachmentId) {
    return jdbc.sql(CONTENT)
        .param("case", caseId)
        .param("id", attachmentId)
        .query(byte[].class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("attachment", attachmentId));
  }

  /**
   * Attaches the file; refused naming {@code file} when it is missing or empty, larger than {@link
   * #MAX_BYTES}, or the case has {@link #MAX_PER_CASE} files already.
   */
  @Transactional
  public Attachment attach(UUID caseId, Upload upload) {
    SupportCase c = cases.writable(caseId);
    if (upload == null || upload.size() <= 0) {
      throw new BusinessRuleException("file", "required", "case.attachment.file.required");
    }
    if (upload.size() > MAX_BYTES) {
      throw new BusinessRuleException(
          "file", "max-size", "case.attachment.file.too-large", MAX_BYTES / (1024 * 1024));
    }
    jdbc.sql(LOCK_CASE).param("case", caseId).query(UUID.class).optional();
    long count = jdbc.sql(COUNT).param("case", caseId).query(Long.class).single();
    if (count >= MAX_PER_CASE) {
      throw new BusinessRuleException(
          "file", "max-count", "case.attachment.file.too-many", MAX_PER_CASE);
    }
    byte[] bytes = upload.bytes().get();
    if (bytes.length == 0 || bytes.length > MAX_BYTES) {
      throw new BusinessRuleException("file", "required", "case.attachment.file.required");
    }
    Instant now = Instant.now();
    UUID me = currentUser.requireId().value();
    Attachment stored =
        new Attachment(
            Ids.newId(),
            caseId,
            fileName(upload.fileName()),
            mediaType(upload.contentType()),
            bytes.length,
            sha256(bytes),
            me,
            now);
    jdbc.sql(INSERT)
        .param("id", stored.id())
        .param("case", caseId)
        .param("name", stored.fileName())
        .param("type", stored.contentType())
        .param("size", stored.sizeBytes())
        .param("sha", stored.sha256())
        .param("content", bytes)
        .param("by", me)
        .param("at", SqlTime.utc(now))
        .update();
    history.add(c, CaseEventKind.ATTACHED, null, stored.fileName(), null, me, now);
    return stored;
  }

  /** Removes one file of a case the user works; not found when the case has no such file. */
  @Transactional
  public void remove(UUID caseId, UUID attachmentId) {
    SupportCase c = cases.writable(caseId);
    Attachment gone = one(caseId, attachmentId);
    jdbc.sql(DELETE).param("case", caseId).param("id", attachmentId).update();
    history.add(
        c,
        CaseEventKind.DETACHED,
        null,
        gone.fileName(),
        null,
        currentUser.requireId().value(),
        Instant.now());
  }

  /** The name without any folder a browser sent, without control characters, at most 255. */
  static String fileName(String given) {
    String name = given == null ? "" : given;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      name = "attachment";
    }
    return name.length() > NAME_MAX ? name.substring(name.length() - NAME_MAX) : name;
  }

  /** The type as given when it is one ({@code type/subtype}), else a plain stream of bytes. */
  static String mediaType(String given) {
    if (given == null) {
      return OCTET_STREAM;
    }
    String type = given.strip().toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon).strip();
    }
    return MEDIA_TYPE.matcher(type).matches() ? type : OCTET_STREAM;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Attachment attachment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Attachment(
        rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getObject("uploaded_by", UUID.class),
        SqlTime.instant(rs.getObject("uploaded_at", OffsetDateTime.class)));
  }
}
