package io.pyra.integration.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The map of phones and e-mails an import has seen: what is put is got back, through growing, keys
 * that share a home slot, the key 0 and the largest keys; compared with a {@code HashMap} fed the
 * same keys.
 */
class LongIntMapTests {

  @Test
  void whatIsPutIsGotBackAndAnAbsentKeyIsAbsent() {
    LongIntMap map = new LongIntMap();
    assertThat(map.get(8613800138000L)).isEqualTo(LongIntMap.ABSENT);
    assertThat(map.putIfAbsent(8613800138000L, 2)).isEqualTo(LongIntMap.ABSENT);
    assertThat(map.putIfAbsent(8613800138000L, 7)).isEqualTo(2);
    assertThat(map.get(8613800138000L)).isEqualTo(2);
    map.put(8613800138000L, 9);
    assertThat(map.get(8613800138000L)).isEqualTo(9);
    assertThat(map.containsKey(8613800138000L)).isTrue();
    assertThat(map.containsKey(8613800138001L)).isFalse();
    assertThat(map.get(8613800138001L)).isEqualTo(LongIntMap.ABSENT);
    assertThat(map.size()).isEqualTo(1);
  }

  @Test
  void zeroNegativeAndTheLargestKeysAreKeysLikeAnyOther() {
    LongIntMap map = new LongIntMap();
    List<Long> keys = List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999L, 1L);
    assertThat(map.containsKey(0)).isFalse();
    assertThat(map.get(0)).isEqualTo(LongIntMap.ABSENT);
    for (int i = 0; i < keys.size(); i++) {
      assertThat(map.putIfAbsent(keys.get(i), i + 2)).isEqualTo(LongIntMap.ABSENT);
    }
    for (int i = 0; i < keys.size(); i++) {
      assertThat(map.get(keys.get(i))).as("key " + keys.get(i)).isEqualTo(i + 2);
      assertThat(map.putIfAbsent(keys.get(i), 100)).isEqualTo(i + 2);
      assertThat(map.containsKey(keys.get(i))).isTrue();
    }
    assertThat(map.size()).isEqualTo(keys.size());
    map.put(0, 42);
    assertThat(map.get(0)).isEqualTo(42);
    assertThat(map.size()).isEqualTo(keys.size());
  }

  @Test
  void keysThatShareTheirLowBitsAndKeysInARowAreAllFoundThroughEveryGrowth() {
    // multiples of 2^32 differ only above the bits a small table would use unmixed; consecutive
    // numbers are what a file of phones in one range gives
    LongIntMap map = new LongIntMap();
    Map<Long, Integer> expected = new HashMap<>();
    for (int i = 1; i <= 5_000; i++) {
      long shared = (long) i << 32;
      long consecutive = 8613900000000L + i;
      assertThat(map.putIfAbsent(shared, i)).isEqualTo(LongIntMap.ABSENT);
      assertThat(map.putIfAbsent(consecutive, -i)).isEqualTo(LongIntMap.ABSENT);
      expected.put(shared, i);
      expected.put(consecutive, -i);
    }
    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((key, value) -> assertThat(map.get(key)).as("key " + key).isEqualTo(value));
    assertThat(map.get(5_001L << 32)).isEqualTo(LongIntMap.ABSENT);
    assertThat(map.get(8613900000000L)).isEqualTo(LongIntMap.ABSENT);
  }

  @Test
  void aMapSizedAheadAndOneGrownFromTheSmallestAgreeWithAHashMapOnRandomKeysWithRepeats() {
    SplittableRandom random = new SplittableRandom(12);
    LongIntMap grown = new LongIntMap();
    LongIntMap sized = new LongIntMap(20_000);
    Map<Long, Integer> expected = new HashMap<>();
    for (int row = 2; row < 40_002; row++) {
      // a key space small enough that about a fifth of the keys come again
      long key = random.nextLong(80_000) * 1_000_003L - 40_000_000_000L;
      Integer first = expected.putIfAbsent(key, row);
      int want = first == null ? LongIntMap.ABSENT : first;
      assertThat(grown.putIfAbsent(key, row)).isEqualTo(want);
      assertThat(sized.putIfAbsent(key, row)).isEqualTo(want);
    }
    assertThat(grown.size()).isEqualTo(expected.size());
    assertThat(sized.size()).isEqualTo(expected.size());
    expected.forEach(
        (key, value) -> {
          assertThat(grown.get(key)).isEqualTo(value);
          assertThat(sized.get(key)).isEqualTo(value);
        });
  }

  @Test
  void seenKeysNameTheFirstRowOfAPhoneOrEmailFromAnEarlierChunkOnly() {
    SeenKeys seen = new SeenKeys();
    assertThat(seen.see(2, List.of("+8613900000001"), List.of("a@example.com"), true, 2)).isNull();
    // a row that will not be imported is looked up but claims nothing
    assertThat(seen.see(3, List.of("+8613900000002"), List.of(), false, 2)).isNull();
    // the same chunk (starting at row 2): found as the rows are decided, not here
    assertThat(seen.see(4, List.of("+8613900000001"), List.of(), true, 2)).isNull();
    // a later chunk (starting at row 5): the phone first, then the e-mail, in any case
    assertThat(seen.see(5, List.of("+8613900000001"), List.of("A@Example.com"), true, 5))
        .isEqualTo(new SeenKeys.Earlier("phone", 2, "+8613900000001"));
    assertThat(seen.see(6, List.of("+8613900000003"), List.of("A@Example.com"), true, 5))
        .isEqualTo(new SeenKeys.Earlier("email", 2, "A@Example.com"));
    assertThat(seen.see(7, List.of("+8613900000002"), List.of(), true, 5)).isNull();
    // a phone that is not E.164 is not kept
    assertThat(seen.see(8, List.of("12345"), List.of(), true, 8)).isNull();
    assertThat(seen.see(9, List.of("12345"), List.of(), true, 9)).isNull();
    assertThat(seen.size()).isEqualTo(4);
    assertThat(SeenKeys.phoneKey("+999999999999999")).isEqualTo(999_999_999_999_999L);
    assertThat(SeenKeys.phoneKey("+86 139")).isEqualTo(-1);
    assertThat(SeenKeys.hash64("a@example.com")).isNotEqualTo(SeenKeys.hash64("b@example.com"));
  }
}
