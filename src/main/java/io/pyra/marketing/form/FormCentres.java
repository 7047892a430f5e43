package io.pyra.marketing.form;

import io.pyra.identity.IdentityApi;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.OrgUnitSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The centres a visitor may choose on a campaign's form: the branches in the campaign's org unit's
 * subtree, at most {@value #MAX}, by name, as identity gives them.
 */
@Component
class FormCentres {

  static final int MAX = 200;

  private final IdentityApi identity;

  FormCentres(IdentityApi identity) {
    this.identity = identity;
  }

  record Centre(UUID id, String code, String name) {}

  List<Centre> of(FormCampaign campaign) {
    return identity
        .orgUnitPath(OrgUnitId.ofNullable(campaign.orgUnitId()))
        .map(
            path ->
                identity.branches().stream()
                    .filter(b -> b.path().startsWith(path))
                    .sorted(
                        Comparator.comparing(OrgUnitSummary::name)
                            .thenComparing(OrgUnitSummary::code))
                    .limit(MAX)
                    .map(b -> new Centre(b.id().value(), b.code(), b.name()))
                    .toList())
        .orElse(List.of());
  }

  Optional<Centre> byCode(FormCampaign campaign, String code) {
    return of(campaign).stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
