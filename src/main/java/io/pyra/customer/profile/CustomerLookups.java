package io.pyra.customer.profile;

import io.pyra.customer.field.CustomField;
import io.pyra.customer.field.CustomFieldService;
import io.pyra.customer.sector.Sector;
import io.pyra.customer.sector.SectorService;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import io.pyra.identity.UserId;
import io.pyra.identity.UserSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reference data the customer rules look up: users, org units, sectors and custom field
 * definitions. {@link #direct} asks the database every time (forms, API); {@link #cached} asks once
 * per key and keeps the answer, for a bulk run (an import) that checks thousands of rows against
 * the same few owners, units and sectors.
 */
class CustomerLookups {

  private final IdentityApi identity;
  private final SectorService sectors;
  private final CustomFieldService fields;

  private CustomerLookups(IdentityApi identity, SectorService sectors, CustomFieldService fields) {
    this.identity = identity;
    this.sectors = sectors;
    this.fields = fields;
  }

  static CustomerLookups direct(
      IdentityApi identity, SectorService sectors, CustomFieldService fields) {
    return new CustomerLookups(identity, sectors, fields);
  }

  static CustomerLookups cached(
      IdentityApi identity, SectorService sectors, CustomFieldService fields) {
    return new Cached(identity, sectors, fields);
  }

  Optional<UserSummary> user(UUID id) {
    return identity.user(UserId.ofNullable(id));
  }

  Optional<OrgUnitSummary> orgUnit(UUID id) {
    return identity.orgUnit(OrgUnitId.ofNullable(id));
  }

  Optional<Sector> sector(String code) {
    return sectors.byCode(code);
  }

  List<CustomField> fields() {
    return fields.all();
  }

  /** Remembers each answer for the life of the object (one import): not for long-lived use. */
  private static final class Cached extends CustomerLookups {

    private final Map<UUID, Optional<UserSummary>> users = new HashMap<>();
    private final Map<UUID, Optional<OrgUnitSummary>> units = new HashMap<>();
    private final Map<String, Optional<Sector>> sectorsByCode = new HashMap<>();
    private List<CustomField> fieldList;

    private Cached(IdentityApi identity, SectorService sectors, CustomFieldService fields) {
      super(identity, sectors, fields);
    }

    @Override
    Optional<UserSummary> user(UUID id) {
      return id == null ? Optional.empty() : users.computeIfAbsent(id, super::user);
    }

    @Override
    Optional<OrgUnitSummary> orgUnit(UUID id) {
      return id == null ? Optional.empty() : units.computeIfAbsent(id, super::orgUnit);
    }

    @Override
    Optional<Sector> sector(String code) {
      if (code == null || code.isBlank()) {
        return Optional.empty();
      }
      return sectorsByCode.computeIfAbsent(
          code.strip().toLowerCase(Locale.ROOT), k -> super.sector(code));
    }

    @Override
    List<CustomField> fields() {
      if (fieldList == null) {
        fieldList = List.copyOf(super.fields());
      }
      return fieldList;
    }
  }
}
