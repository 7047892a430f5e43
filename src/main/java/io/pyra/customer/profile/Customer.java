package io.pyra.customer.profile;

import io.pyra.customer.CustomerKind;
import io.pyra.customer.LifecycleStage;
import io.pyra.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One customer, owned by the company: an organization or a person, with its phones, emails, tags,
 * consents and custom field values. Deleting is soft; a merged record points at its survivor.
 */
@Entity
@Table(name = "customer_customer")
public class Customer {

  @Id private UUID id;
  private String code;

  @Enumerated(EnumType.STRING)
  private CustomerKind kind;

  private String name;

  @Column(name = "name_key")
  private String nameKey;

  @Column(name = "name_pinyin")
  private String namePinyin;

  @Enumerated(EnumType.STRING)
  private LifecycleStage stage;

  @Column(name = "owner_id")
  private UUID ownerId;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Column(name = "sector_id")
  private UUID sectorId;

  @Embedded private Address address;
  @Embedded private Profile profile;

  @ElementCollection
  @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "position")
  private List<Phone> phones = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "customer_email", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "position")
  private List<Email> emails = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
  @Column(name = "tag")
  private Set<String> tags = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "customer_consent", joinColumns = @JoinColumn(name = "customer_id"))
  private Set<Consent> consents = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "customer_field_value", joinColumns = @JoinColumn(name = "customer_id"))
  private Set<FieldValue> fieldValues = new HashSet<>();

  @Column(name = "merged_into_id")
  private UUID mergedIntoId;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Customer() {}

  Customer(String code, CustomerKind kind) {
    this.id = Ids.newId();
    this.code = code;
    this.kind = kind;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Applies a validated, normalized description of the customer. */
  void describe(CustomerDetails details) {
    this.name = details.name();
    this.nameKey = NameKey.of(details.name());
    this.namePinyin = NamePinyin.of(details.name());
    this.stage = details.stage();
    this.ownerId = details.ownerId();
    this.orgUnitId = details.orgUnitId();
    this.sectorId = details.sectorId();
    this.address = details.address();
    this.profile = details.profile();
    replace(phones, details.phones());
    replace(emails, details.emails());
    replace(tags, details.tags());
    replace(consents, details.consents());
    replace(fieldValues, details.fieldValues());
    this.updatedAt = Instant.now();
  }

  void transferTo(UUID ownerId, UUID orgUnitId) {
    this.ownerId = ownerId;
    this.orgUnitId = orgUnitId;
    this.updatedAt = Instant.now();
  }

  void delete() {
    if (deletedAt == null) {
      deletedAt = Instant.now();
      updatedAt = deletedAt;
    }
  }

  void mergeInto(UUID survivorId) {
    this.mergedIntoId = survivorId;
    this.deletedAt = Instant.now();
    this.updatedAt = deletedAt;
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  private static <T> void replace(java.util.Collection<T> target, java.util.Collection<T> values) {
    if (!target.equals(values instanceof Set<?> ? values : new ArrayList<>(values))
        || target.size() != values.size()) {
      target.clear();
      target.addAll(values);
    }
  }

  public UUID id() {
    return id;
  }

  public String code() {
    return code;
  }

  public CustomerKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public LifecycleStage stage() {
    return stage;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public UUID sectorId() {
    return sectorId;
  }

  public Address address() {
    return address == null ? Address.EMPTY : address;
  }

  public Profile profile() {
    return profile == null ? Profile.EMPTY : profile;
  }

  public List<Phone> phones() {
    return List.copyOf(phones);
  }

  public List<Email> emails() {
    return List.copyOf(emails);
  }

  public Set<String> tags() {
    return Set.copyOf(tags);
  }

  public Set<Consent> consents() {
    return Set.copyOf(consents);
  }

  public Set<FieldValue> fieldValues() {
    return Set.copyOf(fieldValues);
  }

  public UUID mergedIntoId() {
    return mergedIntoId;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
