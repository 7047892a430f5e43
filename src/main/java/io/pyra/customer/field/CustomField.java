package io.pyra.customer.field;

import io.pyra.platform.Ids;
import io.pyra.platform.LocalizedName;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A field the administrator adds to customers: its code, labels, type, choices, and whether it is
 * required.
 */
@Entity
@Table(name = "customer_field")
public class CustomField {

  @Id private UUID id;
  private String code;

  @jakarta.persistence.Column(name = "label_en")
  private String labelEn;

  @jakarta.persistence.Column(name = "label_zh")
  private String labelZh;

  @Enumerated(EnumType.STRING)
  private FieldType type;

  private boolean required;

  /** The options of a (multiple) choice field, one per line. */
  private String choices;

  private int position;
  private boolean active;

  @Version private Long version;

  protected CustomField() {}

  public CustomField(
      String code,
      String labelEn,
      String labelZh,
      FieldType type,
      boolean required,
      List<String> choices,
      int position) {
    this.id = Ids.newId();
    this.code = code;
    this.type = type;
    this.active = true;
    define(labelEn, labelZh, required, choices, position);
  }

  public void define(
      String labelEn, String labelZh, boolean required, List<String> choices, int position) {
    this.labelEn = labelEn;
    this.labelZh = labelZh;
    this.required = required;
    this.choices = choices == null || choices.isEmpty() ? null : String.join("\n", choices);
    this.position = position;
  }

  public void activate(boolean active) {
    this.active = active;
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String labelEn() {
    return labelEn;
  }

  public String labelZh() {
    return labelZh;
  }

  public String label(java.util.Locale locale) {
    return new LocalizedName(labelEn, labelZh).in(locale);
  }

  public FieldType type() {
    return type;
  }

  public boolean required() {
    return required;
  }

  public List<String> choices() {
    return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
  }

  public int position() {
    return position;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
