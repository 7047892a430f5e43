package io.pyra.customer.web;

import io.pyra.customer.directory.CustomerExport;
import io.pyra.customer.directory.CustomerSort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The filtered customer list as a CSV or XLSX file, streamed. */
@Tag(name = "Customers")
@RestController
class CustomerExportRestController {

  private final CustomerExport export;

  CustomerExportRestController(CustomerExport export) {
    this.export = export;
  }

  @Operation(
      summary =
          "Export the customers you may see and export, with the filters of the list, as CSV (UTF-8 "
              + "with BOM) or XLSX; custom fields as columns")
  @CustomerListRestController.ValueFilters
  @GetMapping("/api/v1/customers/export")
  @PreAuthorize("hasAuthority('customer.export')")
  void export(
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(defaultValue = "csv") String format,
      @RequestParam(required = false) String sort,
      HttpServletResponse response)
      throws IOException {
    CustomerDownload.write(
        export,
        CustomerExport.Format.parse(format),
        CustomerQueryParams.filter(params),
        CustomerSort.parse(sort),
        response);
  }
}
