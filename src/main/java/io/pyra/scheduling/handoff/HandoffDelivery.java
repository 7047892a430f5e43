package io.pyra.scheduling.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Hands a run's files over. FOLDER: each file is written to a temporary file in the folder and
 * moved to its name, so the other system never reads half a file. HTTP: one {@code POST} of a
 * {@code multipart/form-data} body with a part per file (named {@code ics} and {@code csv}, with
 * their file names), the bearer token as {@code Authorization}; only a 2xx answer counts.
 */
@Component
class HandoffDelivery {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  void deliver(HandoffTarget target, String token, List<HandoffFiles.File> files)
      throws HandoffFailure {
    if ("FOLDER".equals(target.kind())) {
      write(Path.of(target.folder()), files);
    } else {
      post(target.url(), token, files);
    }
  }

  private static void write(Path folder, List<HandoffFiles.File> files) throws HandoffFailure {
    if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
      throw new HandoffFailure("folder missing or not writable");
    }
    for (HandoffFiles.File file : files) {
      Path temporary = null;
      try {
        temporary = Files.createTempFile(folder, ".handoff-", ".tmp");
        Files.writeString(temporary, file.text(), StandardCharsets.UTF_8);
        Path target = folder.resolve(file.name());
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        deleteQuietly(temporary);
        throw new HandoffFailure("could not write " + file.name());
      }
    }
  }

  private void post(String url, String token, List<HandoffFiles.File> files) throws HandoffFailure {
    String boundary = "pyra-handoff-" + UUID.randomUUID();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, files)));
    if (token != null && !token.isEmpty()) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<Void> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (HttpTimeoutException e) {
      throw new HandoffFailure("no answer within " + TIMEOUT.toSeconds() + " s");
    } catch (IOException e) {
      throw new HandoffFailure("connection failed (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HandoffFailure("interrupted");
    }
    if (response.statusCode() / 100 != 2) {
      throw new HandoffFailure("HTTP " + response.statusCode());
    }
  }

  static byte[] multipart(String boundary, List<HandoffFiles.File> files) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (HandoffFiles.File file : files) {
      String part = file.name().substring(file.name().lastIndexOf('.') + 1);
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part
                  + "\"; filename=\""
                  + file.name()
                  + "\"\r\nContent-Type: "
                  + file.mediaType()
                  + "; charset=UTF-8\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.text().getBytes(StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // the temporary file stays; its name starts with a dot
      }
    }
  }
}
