package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedNameTests {

  private final LocalizedName hotels = new LocalizedName("Hotels", "酒店");

  @Test
  void aChineseReaderReadsTheChineseNameEveryOtherTheEnglishOne() {
    assertThat(hotels.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("酒店");
    assertThat(hotels.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("酒店");
    assertThat(hotels.in(Locale.forLanguageTag("zh-CN"))).isEqualTo("酒店");
    assertThat(hotels.in(Locale.ENGLISH)).isEqualTo("Hotels");
    assertThat(hotels.in(Locale.FRANCE)).isEqualTo("Hotels");
  }

  @Test
  void aMissingChineseNameFallsBackToEnglishOnlyWhenAskedTo() {
    LocalizedName untranslated = new LocalizedName("Hotels", " ");

    assertThat(untranslated.inOrEnglish(Locale.CHINA)).isEqualTo("Hotels");
    assertThat(untranslated.in(Locale.CHINA)).isEqualTo(" ");
    assertThat(hotels.inOrEnglish(Locale.CHINA)).isEqualTo("酒店");
  }
}
