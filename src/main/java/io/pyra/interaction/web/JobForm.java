package io.pyra.interaction.web;

import io.pyra.interaction.job.JobRow;
import io.pyra.interaction.job.SaveJob;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The job form: name, country, office, service category and status. */
public class JobForm {

  @Size(max = 300)
  private String name;

  @Size(max = 2)
  private String country;

  @Size(max = 100)
  private String office;

  @Size(max = 60)
  private String serviceCategory;

  @Size(max = 12)
  private String status = "OPEN";

  private Long version;

  static JobForm of(JobRow job) {
    JobForm form = new JobForm();
    form.name = job.name();
    form.country = job.country();
    form.office = job.office();
    form.serviceCategory = job.serviceCategory();
    form.status = job.status().name();
    form.version = job.version();
    return form;
  }

  SaveJob command(UUID customerId) {
    return new SaveJob(customerId, name, country, office, serviceCategory, status, version);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getOffice() {
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public String getServiceCategory() {
    return serviceCategory;
  }

  public void setServiceCategory(String serviceCategory) {
    this.serviceCategory = serviceCategory;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
