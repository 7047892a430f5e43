package io.pyra.customer.web;

import io.pyra.customer.contact.Contact;
import io.pyra.customer.contact.SaveContact;
import jakarta.validation.constraints.Size;

/** The form of one contact person. */
public class ContactForm {

  @Size(max = 200)
  private String name;

  @Size(max = 200)
  private String title;

  @Size(max = 40)
  private String phone;

  @Size(max = 254)
  private String email;

  @Size(max = 2000)
  private String notes;

  private Long version;

  static ContactForm of(Contact contact) {
    ContactForm form = new ContactForm();
    form.name = contact.name();
    form.title = contact.title();
    form.phone = contact.phone();
    form.email = contact.email();
    form.notes = contact.notes();
    form.version = contact.version();
    return form;
  }

  SaveContact command() {
    return new SaveContact(name, title, phone, email, notes, version);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
