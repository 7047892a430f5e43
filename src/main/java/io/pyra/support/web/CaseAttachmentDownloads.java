package io.pyra.support.web;

import io.pyra.support.cases.CaseAttachments;
import io.pyra.support.cases.CaseAttachments.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A case's file as a download: always as an attachment, never shown by the browser as a page; a
 * type a browser would run (HTML, SVG, XML, scripts) goes out as plain bytes.
 */
final class CaseAttachmentDownloads {

  private static final Set<String> ACTIVE =
      Set.of(
          "text/html",
          "application/xhtml+xml",
          "image/svg+xml",
          "text/xml",
          "application/xml",
          "text/javascript",
          "application/javascript",
          "application/ecmascript",
          "text/ecmascript");

  private CaseAttachmentDownloads() {}

  static ResponseEntity<byte[]> of(CaseAttachments attachments, UUID caseId, UUID attachmentId) {
    CaseAttachments.Download download = attachments.download(caseId, attachmentId);
    Attachment a = download.attachment();
    byte[] bytes = download.bytes();
    MediaType type =
        ACTIVE.contains(a.contentType())
            ? MediaType.APPLICATION_OCTET_STREAM
            : MediaType.parseMediaType(a.contentType());
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(bytes.length)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(bytes);
  }
}
