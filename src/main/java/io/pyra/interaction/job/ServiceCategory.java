package io.pyra.interaction.job;

import io.pyra.platform.LocalizedName;
import java.util.Locale;
import java.util.UUID;

/**
 * What kind of work a job is: consulting, management and business support, maintenance and
 * construction …
 */
public record ServiceCategory(UUID id, String code, String nameEn, String nameZh, boolean active) {

  public String name(Locale locale) {
    return new LocalizedName(nameEn, nameZh).in(locale);
  }
}
