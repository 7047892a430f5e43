package io.pyra.customer.contact;

import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person at a customer organization: name, title or role there, phone (E.164), email, notes. */
@Entity
@Table(name = "customer_contact")
public class Contact {

  @Id private UUID id;

  @Column(name = "customer_id")
  private UUID customerId;

  private String name;
  private String title;
  private String phone;
  private String email;
  private String notes;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Contact() {}

  Contact(UUID customerId) {
    this.id = Ids.newId();
    this.customerId = customerId;
    this.createdAt = Instant.now();
  }

  void describe(String name, String title, String phone, String email, String notes) {
    this.name = name;
    this.title = title;
    this.phone = phone;
    this.email = email;
    this.notes = notes;
    this.updatedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public String name() {
    return name;
  }

  public String title() {
    return title;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public String notes() {
    return notes;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
