package io.pyra.customer.web;

import io.pyra.customer.directory.CustomerExport;
import io.pyra.customer.directory.CustomerFilter;
import io.pyra.customer.directory.CustomerSort;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends an export as a file download, for the page and the API alike. */
final class CustomerDownload {

  private CustomerDownload() {}

  static void write(
      CustomerExport export,
      CustomerExport.Format format,
      CustomerFilter filter,
      CustomerSort sort,
      HttpServletResponse response)
      throws IOException {
    export.check(filter, sort);
    response.setContentType(format.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("customers-" + LocalDate.now() + "." + format.extension())
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    export.write(format, filter, sort, response.getOutputStream());
    response.flushBuffer();
  }
}
