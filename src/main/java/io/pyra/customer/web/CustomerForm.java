package io.pyra.customer.web;

import io.pyra.customer.ConsentChannel;
import io.pyra.customer.profile.Address;
import io.pyra.customer.profile.Profile;
import io.pyra.customer.profile.SaveCustomer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The customer form: one page for create and edit; several phone and email rows; one input per
 * custom field.
 */
public class CustomerForm {

  /** One phone or email row of the form. */
  public static class Row {
    @Size(max = 254)
    private String value;

    @Size(max = 20)
    private String label;

    public Row() {}

    Row(String value, String label) {
      this.value = value;
      this.label = label;
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  @Size(max = 20)
  private String kind = "PERSON";

  @Size(max = 300)
  private String name;

  @Size(max = 20)
  private String stage = "PROSPECT";

  @Size(max = 60)
  private String sector;

  private UUID ownerId;
  private UUID orgUnitId;

  @Valid
  @Size(max = 20)
  private List<Row> phones = new ArrayList<>();

  @Valid
  @Size(max = 20)
  private List<Row> emails = new ArrayList<>();

  @Size(max = 2)
  private String country;

  @Size(max = 100)
  private String province;

  @Size(max = 100)
  private String city;

  @Size(max = 300)
  private String street;

  @Size(max = 20)
  private String postalCode;

  @Size(max = 200)
  private String education;

  @Size(max = 1000)
  private String interests;

  @Size(max = 200)
  private String industry;

  private Integer employeeCount;

  @Size(max = 1000)
  private String coreCompetencies;

  @Size(max = 1000)
  private String competitors;

  @Size(max = 4000)
  private String background;

  @Size(max = 10)
  private Set<String> consents = new LinkedHashSet<>();

  @Size(max = 200)
  private String consentSource;

  @Size(max = 3000)
  private String tags;

  @Size(max = 200)
  private Map<String, String> customFields = new HashMap<>();

  @Size(max = 200)
  private Map<String, List<String>> multiFields = new HashMap<>();

  @Size(max = 500)
  private String duplicateReason;

  private Long version;

  /** Blank rows so a user can add a phone or email without script. */
  void padRows() {
    while (phones.size() < 3) {
      phones.add(new Row());
    }
    while (emails.size() < 2) {
      emails.add(new Row());
    }
  }

  static CustomerForm of(
      SaveCustomer c, Set<ConsentChannel> granted, String consentSource, long version) {
    CustomerForm form = new CustomerForm();
    form.name = c.name();
    form.stage = c.stage();
    form.sector = c.sector();
    form.ownerId = c.ownerId();
    form.orgUnitId = c.orgUnitId();
    c.phones().forEach(p -> form.phones.add(new Row(p.number(), p.label())));
    c.emails().forEach(e -> form.emails.add(new Row(e.address(), e.label())));
    Address a = c.address();
    form.country = a.country();
    form.province = a.province();
    form.city = a.city();
    form.street = a.street();
    form.postalCode = a.postalCode();
    Profile p = c.profile();
    form.education = p.education();
    form.interests = p.interests();
    form.industry = p.industry();
    form.employeeCount = p.employeeCount();
    form.coreCompetencies = p.coreCompetencies();
    form.competitors = p.competitors();
    form.background = p.background();
    granted.forEach(ch -> form.consents.add(ch.name()));
    form.consentSource = consentSource;
    form.tags = String.join(", ", new java.util.TreeSet<>(c.tags()));
    c.customFields()
        .forEach(
            (code, value) -> {
              if (value instanceof List<?> list) {
                form.multiFields.put(code, list.stream().map(String::valueOf).toList());
              } else {
                form.customFields.put(code, String.valueOf(value));
              }
            });
    form.version = version;
    form.padRows();
    return form;
  }

  SaveCustomer command(boolean withReason) {
    Map<String, Object> fields = new LinkedHashMap<>();
    customFields.forEach(fields::put);
    multiFields.forEach(
        (code, values) ->
            fields.put(
                code,
                values == null
                    ? List.of()
                    : values.stream().filter(v -> v != null && !v.isBlank()).toList()));
    List<SaveCustomer.ConsentInput> consentInputs =
        Arrays.stream(ConsentChannel.values())
            .map(
                ch ->
                    new SaveCustomer.ConsentInput(
                        ch.name(), consents.contains(ch.name()), consentSource))
            .toList();
    Set<String> tagSet = new LinkedHashSet<>();
    if (tags != null) {
      Arrays.stream(tags.split("[,，;]"))
          .map(String::strip)
          .filter(t -> !t.isEmpty())
          .forEach(tagSet::add);
    }
    return new SaveCustomer(
        kind,
        name,
        stage,
        ownerId,
        orgUnitId,
        sector,
        phones.stream().map(r -> new SaveCustomer.PhoneInput(r.value, r.label)).toList(),
        emails.stream().map(r -> new SaveCustomer.EmailInput(r.value, r.label)).toList(),
        new Address(country, province, city, street, postalCode),
        new Profile(
            education,
            interests,
            industry,
            employeeCount,
            coreCompetencies,
            competitors,
            background),
        tagSet,
        consentInputs,
        fields,
        withReason ? duplicateReason : null,
        version);
  }

  /**
   * The survivor's values with the new entry's where the merge page chose them ({@code merged}), or
   * both lists combined ({@code both}, the default for phones, emails, tags and custom fields):
   * what "merge into this one" saves on the existing customer when the new entry was never saved.
   */
  static CustomerForm merge(
      CustomerForm survivor, CustomerForm draft, Map<String, String> choices) {
    CustomerForm m = new CustomerForm();
    java.util.function.Predicate<String> fromDraft = f -> "merged".equals(choices.get(f));
    java.util.function.Predicate<String> both = f -> "both".equals(choices.getOrDefault(f, "both"));
    m.kind = null; // fixed once the customer exists
    m.name = fromDraft.test("name") ? draft.name : survivor.name;
    m.stage = fromDraft.test("stage") ? draft.stage : survivor.stage;
    m.ownerId = fromDraft.test("owner") ? draft.ownerId : survivor.ownerId;
    m.orgUnitId = fromDraft.test("orgUnit") ? draft.orgUnitId : survivor.orgUnitId;
    m.sector = fromDraft.test("sector") ? draft.sector : survivor.sector;
    CustomerForm a = fromDraft.test("address") ? draft : survivor;
    m.country = a.country;
    m.province = a.province;
    m.city = a.city;
    m.street = a.street;
    m.postalCode = a.postalCode;
    CustomerForm p = fromDraft.test("profile") ? draft : survivor;
    m.education = p.education;
    m.interests = p.interests;
    m.industry = p.industry;
    m.employeeCount = p.employeeCount;
    m.coreCompetencies = p.coreCompetencies;
    m.competitors = p.competitors;
    m.background = p.background;
    m.phones = rows(choices.getOrDefault("phones", "both"), survivor.phones, draft.phones);
    m.emails = rows(choices.getOrDefault("emails", "both"), survivor.emails, draft.emails);
    if (fromDraft.test("tags")) {
      m.tags = draft.tags;
    } else if (both.test("tags")) {
      m.tags =
          java.util.stream.Stream.of(survivor.tags, draft.tags)
              .filter(t -> t != null && !t.isBlank())
              .collect(java.util.stream.Collectors.joining(", "));
    } else {
      m.tags = survivor.tags;
    }
    CustomerForm c = fromDraft.test("consents") ? draft : survivor;
    m.consents = new LinkedHashSet<>(c.consents);
    m.consentSource = c.consentSource;
    if (fromDraft.test("customFields")) {
      m.customFields = new HashMap<>(draft.customFields);
      m.multiFields = new HashMap<>(draft.multiFields);
    } else {
      m.customFields = new HashMap<>(survivor.customFields);
      m.multiFields = new HashMap<>(survivor.multiFields);
      if (both.test("customFields")) {
        draft.customFields.forEach(
            (code, value) -> {
              String mine = m.customFields.get(code);
              if ((mine == null || mine.isBlank()) && value != null && !value.isBlank()) {
                m.customFields.put(code, value);
              }
            });
        draft.multiFields.forEach(
            (code, values) -> {
              List<String> mine = m.multiFields.get(code);
              if ((mine == null || mine.isEmpty()) && values != null) {
                m.multiFields.put(code, values);
              }
            });
      }
    }
    m.version = survivor.version;
    return m;
  }

  private static List<Row> rows(String choice, List<Row> survivor, List<Row> draft) {
    List<Row> rows = new ArrayList<>();
    if (!choice.equals("merged")) {
      survivor.stream().filter(r -> r.value != null && !r.value.isBlank()).forEach(rows::add);
    }
    if (!choice.equals("survivor")) {
      draft.stream().filter(r -> r.value != null && !r.value.isBlank()).forEach(rows::add);
    }
    return rows;
  }

  /**
   * The form's values as name and value pairs, for hidden inputs that carry an unsaved entry
   * through the merge page.
   */
  List<String[]> hiddenFields() {
    List<String[]> fields = new ArrayList<>();
    java.util.function.BiConsumer<String, Object> add =
        (name, value) -> {
          if (value != null && !String.valueOf(value).isEmpty()) {
            fields.add(new String[] {name, String.valueOf(value)});
          }
        };
    add.accept("kind", kind);
    add.accept("name", name);
    add.accept("stage", stage);
    add.accept("sector", sector);
    add.accept("ownerId", ownerId);
    add.accept("orgUnitId", orgUnitId);
    int i = 0;
    for (Row r : phones) {
      if (r.value != null && !r.value.isBlank()) {
        add.accept("phones[" + i + "].value", r.value);
        add.accept("phones[" + i + "].label", r.label);
        i++;
      }
    }
    i = 0;
    for (Row r : emails) {
      if (r.value != null && !r.value.isBlank()) {
        add.accept("emails[" + i + "].value", r.value);
        add.accept("emails[" + i + "].label", r.label);
        i++;
      }
    }
    add.accept("country", country);
    add.accept("province", province);
    add.accept("city", city);
    add.accept("street", street);
    add.accept("postalCode", postalCode);
    add.accept("education", education);
    add.accept("interests", interests);
    add.accept("industry", industry);
    add.accept("employeeCount", employeeCount);
    add.accept("coreCompetencies", coreCompetencies);
    add.accept("competitors", competitors);
    add.accept("background", background);
    consents.forEach(c -> add.accept("consents", c));
    add.accept("consentSource", consentSource);
    add.accept("tags", tags);
    customFields.forEach((code, value) -> add.accept("customFields[" + code + "]", value));
    multiFields.forEach(
        (code, values) -> {
          if (values != null) {
            values.forEach(v -> add.accept("multiFields[" + code + "]", v));
          }
        });
    return fields;
  }

  /**
   * The form path of a field named by a broken rule ({@code phones[0]}, {@code address.city} …).
   */
  static String path(String field) {
    if (field == null) {
      return null;
    }
    if (field.startsWith("phones[") || field.startsWith("emails[")) {
      return field + ".value";
    }
    if (field.startsWith("address.") || field.startsWith("profile.")) {
      return field.substring(field.indexOf('.') + 1);
    }
    if (field.startsWith("customFields.")) {
      return "customFields[" + field.substring("customFields.".length()) + "]";
    }
    return field;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public UUID getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(UUID ownerId) {
    this.ownerId = ownerId;
  }

  public UUID getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(UUID orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public List<Row> getPhones() {
    return phones;
  }

  public void setPhones(List<Row> phones) {
    this.phones = phones;
  }

  public List<Row> getEmails() {
    return emails;
  }

  public void setEmails(List<Row> emails) {
    this.emails = emails;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getEducation() {
    return education;
  }

  public void setEducation(String education) {
    this.education = education;
  }

  public String getInterests() {
    return interests;
  }

  public void setInterests(String interests) {
    this.interests = interests;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public Integer getEmployeeCount() {
    return employeeCount;
  }

  public void setEmployeeCount(Integer employeeCount) {
    this.employeeCount = employeeCount;
  }

  public String getCoreCompetencies() {
    return coreCompetencies;
  }

  public void setCoreCompetencies(String coreCompetencies) {
    this.coreCompetencies = coreCompetencies;
  }

  public String getCompetitors() {
    return competitors;
  }

  public void setCompetitors(String competitors) {
    this.competitors = competitors;
  }

  public String getBackground() {
    return background;
  }

  public void setBackground(String background) {
    this.background = background;
  }

  public Set<String> getConsents() {
    return consents;
  }

  public void setConsents(Set<String> consents) {
    this.consents = consents;
  }

  public String getConsentSource() {
    return consentSource;
  }

  public void setConsentSource(String consentSource) {
    this.consentSource = consentSource;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public Map<String, String> getCustomFields() {
    return customFields;
  }

  public void setCustomFields(Map<String, String> customFields) {
    this.customFields = customFields;
  }

  public Map<String, List<String>> getMultiFields() {
    return multiFields;
  }

  public void setMultiFields(Map<String, List<String>> multiFields) {
    this.multiFields = multiFields;
  }

  public String getDuplicateReason() {
    return duplicateReason;
  }

  public void setDuplicateReason(String duplicateReason) {
    this.duplicateReason = duplicateReason;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
