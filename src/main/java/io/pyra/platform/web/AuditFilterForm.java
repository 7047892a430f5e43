package io.pyra.platform.web;

import jakarta.validation.constraints.Size;

/** The filter of the audit page, as typed: times are local to the display time zone. */
public class AuditFilterForm {

  @Size(max = 100)
  private String user;

  @Size(max = 60)
  private String recordType;

  @Size(max = 100)
  private String recordId;

  @Size(max = 40)
  private String from;

  @Size(max = 40)
  private String to;

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public void setRecordId(String recordId) {
    this.recordId = recordId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
