package io.pyra.customer;

import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A customer as read from an import row (already merged with the stored record when the row updates
 * one): raw values, validated and normalized by {@link CustomerImportApi} with the same rules as
 * the forms. Owner and org unit are resolved ids (null: the importing user and their unit).
 */
public record ImportCustomerInput(
    String kind,
    String name,
    String stage,
    UserId ownerId,
    OrgUnitId orgUnitId,
    String sector,
    List<String> phones,
    List<String> emails,
    String country,
    String province,
    String city,
    String street,
    String postalCode,
    String education,
    String interests,
    String industry,
    Integer employeeCount,
    String coreCompetencies,
    String competitors,
    String background,
    Set<String> tags,
    Map<String, Object> customFields) {}
