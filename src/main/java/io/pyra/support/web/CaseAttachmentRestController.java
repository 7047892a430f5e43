package io.pyra.support.web;

import io.pyra.support.cases.CaseAttachments;
import io.pyra.support.cases.CaseAttachments.Attachment;
import io.pyra.support.cases.CaseAttachments.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a case: listed and downloaded where the case is seen, attached (multipart, part
 * {@code file}) and removed where it is worked.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/attachments")
@Tag(name = "Cases")
@PreAuthorize("hasAuthority('case.read')")
class CaseAttachmentRestController {

  record AttachmentJson(
      UUID id,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt) {

    static AttachmentJson of(Attachment a) {
      return new AttachmentJson(
          a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploadedAt());
    }
  }

  private final CaseAttachments attachments;

  CaseAttachmentRestController(CaseAttachments attachments) {
    this.attachments = attachments;
  }

  @Operation(summary = "The files of a case you may see, oldest first")
  @GetMapping
  List<AttachmentJson> list(@PathVariable UUID id) {
    return attachments.of(id).stream().map(AttachmentJson::of).toList();
  }

  @Operation(
      summary = "Attach a file to a case you work on",
      description = "multipart part `file`, at most 10 MB, at most 20 files per case")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasAuthority('case.write')")
  ResponseEntity<AttachmentJson> attach(
      @PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file) {
    Attachment a = attachments.attach(id, upload(file));
    return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + a.id()))
        .body(AttachmentJson.of(a));
  }

  @Operation(summary = "Download one file of a case you may see")
  @GetMapping("/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
    return CaseAttachmentDownloads.of(attachments, id, attachmentId);
  }

  @Operation(summary = "Remove one file of a case you work on")
  @DeleteMapping("/{attachmentId}")
  @PreAuthorize("hasAuthority('case.write')")
  ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID attachmentId) {
    attachments.remove(id, attachmentId);
    return ResponseEntity.noContent().build();
  }

  /** The part as the service takes it: its bytes read only once it is known to fit. */
  static Upload upload(MultipartFile file) {
    if (file == null) {
      return null;
    }
    return new Upload(
        file.getOriginalFilename(),
        file.getContentType(),
        file.getSize(),
        () -> {
          try {
            return file.getBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
