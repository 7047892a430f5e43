package io.pyra.customer.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin search key of a name: each reading in full, then each reading's initials, lower case,
 * without tones, separated by spaces (王小明: {@code "wangxiaoming wxm"}). A character with several
 * readings (曾: zeng, ceng) gives several variants, at most {@value #MAX_VARIANTS} of each kind.
 * Letters and digits other than Chinese characters are kept in lower case; everything else is
 * dropped. Empty for a name without Chinese characters, which costs one pass over its characters.
 */
public final class NamePinyin {

  public static final int MAX_LENGTH = 2000;
  static final int MAX_VARIANTS = 8;

  private static final char FIRST = '\u3400';
  private static final char LAST = '\u9fff';
  private static final String[] NONE = new String[0];

  /**
   * The readings of each character of the CJK blocks, looked up once each: bounded by the size of
   * the blocks (27,000 entries), so that an import of Chinese names pays the dictionary's parsing
   * of a reading once per character, not once per name.
   */
  private static final AtomicReferenceArray<String[]> READINGS =
      new AtomicReferenceArray<>(LAST - FIRST + 1);

  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private NamePinyin() {}

  /** Whether the text has a Chinese character, i.e. whether its pinyin key is worth computing. */
  public static boolean hasChinese(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= FIRST && ch <= LAST) {
        return true;
      }
    }
    return false;
  }

  public static String of(String name) {
    if (!hasChinese(name)) {
      return "";
    }
    List<StringBuilder> full = new ArrayList<>(List.of(new StringBuilder()));
    List<StringBuilder> initials = new ArrayList<>(List.of(new StringBuilder()));
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      String[] readings = ch >= FIRST && ch <= LAST ? readings(ch) : NONE;
      if (readings.length > 0) {
        full = extend(full, readings, false);
        initials = extend(initials, readings, true);
      } else if (Character.isLetterOrDigit(ch) && ch < 0x3000) {
        char lower = Character.toLowerCase(ch);
        full.forEach(v -> v.append(lower));
        initials.forEach(v -> v.append(lower));
      }
    }
    Set<String> variants = new LinkedHashSet<>();
    full.forEach(v -> variants.add(v.toString()));
    initials.forEach(v -> variants.add(v.toString()));
    StringBuilder key = new StringBuilder();
    for (String variant : variants) {
      if (variant.isEmpty() || key.length() + variant.length() + 1 > MAX_LENGTH) {
        continue;
      }
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(variant);
    }
    return key.toString();
  }

  /** Each variant followed by each reading (its initial only), no more than the bound. */
  private static List<StringBuilder> extend(
      List<StringBuilder> variants, String[] readings, boolean initialOnly) {
    if (readings.length == 1 || variants.size() >= MAX_VARIANTS) {
      for (StringBuilder variant : variants) {
        append(variant, readings[0], initialOnly);
      }
      return variants;
    }
    List<StringBuilder> next = new ArrayList<>(MAX_VARIANTS);
    Set<String> seen = new LinkedHashSet<>();
    for (StringBuilder variant : variants) {
      for (String reading : readings) {
        if (next.size() >= MAX_VARIANTS) {
          break;
        }
        StringBuilder extended = append(new StringBuilder(variant), reading, initialOnly);
        if (seen.add(extended.toString())) {
          next.add(extended);
        }
      }
    }
    return next;
  }

  private static StringBuilder append(StringBuilder variant, String reading, boolean initialOnly) {
    return initialOnly ? variant.append(reading.charAt(0)) : variant.append(reading);
  }

  private static String[] readings(char ch) {
    String[] known = READINGS.get(ch - FIRST);
    if (known != null) {
      return known;
    }
    String[] found;
    try {
      String[] raw = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
      found =
          raw == null
              ? NONE
              : new LinkedHashSet<>(List.of(raw))
                  .stream().filter(r -> !r.isEmpty() && isLowerAscii(r)).toArray(String[]::new);
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      found = NONE;
    }
    READINGS.set(ch - FIRST, found);
    return found;
  }

  private static boolean isLowerAscii(String reading) {
    for (int i = 0; i < reading.length(); i++) {
      char ch = reading.charAt(i);
      if (ch < 'a' || ch > 'z') {
        return false;
      }
    }
    return true;
  }
}
