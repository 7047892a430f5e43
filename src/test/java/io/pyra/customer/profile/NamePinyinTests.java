package io.pyra.customer.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamePinyinTests {

  @Test
  void givesTheFullPinyinThenTheInitialsWithoutTones() {
    assertThat(NamePinyin.of("王小明")).isEqualTo("wangxiaoming wxm");
    assertThat(NamePinyin.of("吕 Ltd.")).isEqualTo("lvltd lltd");
  }

  @Test
  void givesEveryReadingOfAPolyphonicCharacter() {
    List<String> variants = List.of(NamePinyin.of("曾小明").split(" "));
    assertThat(variants).contains("zengxiaoming", "cengxiaoming", "zxm", "cxm");
  }

  @Test
  void boundsTheVariantsOfANameFullOfPolyphonicCharacters() {
    String key = NamePinyin.of("长长长长长长长长长长长长长长长长长长长长");
    assertThat(key.split(" ")).hasSizeLessThanOrEqualTo(2 * NamePinyin.MAX_VARIANTS);
    assertThat(key.length()).isLessThanOrEqualTo(NamePinyin.MAX_LENGTH);
  }

  @Test
  void isEmptyForANameWithoutChineseCharacters() {
    assertThat(NamePinyin.of("Wang Xiaoming")).isEmpty();
    assertThat(NamePinyin.of(null)).isEmpty();
    assertThat(NamePinyin.hasChinese("Zhāng Wěi")).isFalse();
  }
}
