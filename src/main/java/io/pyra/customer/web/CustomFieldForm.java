package io.pyra.customer.web;

import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.SaveCustomField;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** The custom field form; choices one per line. */
public class CustomFieldForm {

  @Size(max = 60)
  private String code;

  @Size(max = 200)
  private String labelEn;

  @Size(max = 200)
  private String labelZh;

  @Size(max = 20)
  private String type = "TEXT";

  private boolean required;

  @Size(max = 3000)
  private String choices = "";

  private int position = 100;
  private boolean active = true;
  private Long version;

  static CustomFieldForm of(CustomField field) {
    CustomFieldForm form = new CustomFieldForm();
    form.code = field.code();
    form.labelEn = field.labelEn();
    form.labelZh = field.labelZh();
    form.type = field.type().name();
    form.required = field.required();
    form.choices = String.join("\n", field.choices());
    form.position = field.position();
    form.active = field.active();
    form.version = field.version();
    return form;
  }

  SaveCustomField toCommand() {
    List<String> lines = choices == null ? List.of() : Arrays.asList(choices.split("\\R"));
    return new SaveCustomField(
        code, labelEn, labelZh, type, required, lines, position, active, version);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelZh() {
    return labelZh;
  }

  public void setLabelZh(String labelZh) {
    this.labelZh = labelZh;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
