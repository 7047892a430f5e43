package io.pyra.interaction;

import io.pyra.interaction.job.ServiceCategories;
import io.pyra.platform.LocalizedName;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other modules may ask of interaction. */
@Service
public class InteractionApi {

  private final ServiceCategories serviceCategories;

  InteractionApi(ServiceCategories serviceCategories) {
    this.serviceCategories = serviceCategories;
  }

  /** The service categories in their order, inactive ones too. */
  public List<ServiceCategoryRef> serviceCategories() {
    return serviceCategories.all().stream()
        .map(
            c ->
                new ServiceCategoryRef(
                    c.code(), new LocalizedName(c.nameEn(), c.nameZh()), c.active()))
        .toList();
  }

  /** The service category with this code (case-insensitive), if there is one. */
  public Optional<ServiceCategoryRef> serviceCategory(String code) {
    return serviceCategories().stream()
        .filter(c -> code != null && c.code().equalsIgnoreCase(code.strip()))
        .findFirst();
  }
}
