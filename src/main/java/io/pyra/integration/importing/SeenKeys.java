package io.pyra.integration.importing;

import java.util.List;
import java.util.Locale;

/**
 * The phones and e-mails the rows of one pass over an import's file gave, each with the first row
 * that gave it, so that a value repeated in a later chunk is reported as one repeated within a
 * chunk is. Compact: a phone is its E.164 digits as a long (a phone that is not E.164 is left out:
 * the row fails the customer's rules anyway), an e-mail a 64-bit hash of its address with a second,
 * independent 32-bit hash to verify a hit (two different addresses are taken for one only when both
 * hashes agree, about once in 2<sup>96</sup> pairs); some 12 to 24 bytes per phone and twice that
 * per e-mail, so a file of a million rows with a phone and an e-mail each costs at most some 70 MB
 * during its run, and nothing after it. Written by one thread at a time (the pass's reader).
 */
final class SeenKeys {

  private final LongIntMap phones = new LongIntMap();
  private final LongIntMap emails = new LongIntMap();
  private final LongIntMap emailChecks = new LongIntMap();

  /** An e-mail or phone an earlier row gave: its field (phone, email), that row and the value. */
  record Earlier(String field, int row, String value) {}

  /**
   * Looks up the row's phones and then its e-mails, and records those no earlier row gave (unless
   * {@code record} is false: a row that will not be imported claims nothing); answers the first
   * that a row numbered below {@code before} gave, or null.
   */
  Earlier see(int row, List<String> rowPhones, List<String> rowEmails, boolean record, int before) {
    Earlier found = null;
    for (String phone : rowPhones) {
      long key = phoneKey(phone);
      if (key < 0) {
        continue;
      }
      int earlier = record ? phones.putIfAbsent(key, row) : phones.get(key);
      if (found == null && earlier != LongIntMap.ABSENT && earlier < before) {
        found = new Earlier("phone", earlier, phone);
      }
    }
    for (String email : rowEmails) {
      String address = email.toLowerCase(Locale.ROOT);
      long key = hash64(address);
      int check = address.hashCode();
      int earlier = record ? emails.putIfAbsent(key, row) : emails.get(key);
      if (earlier == LongIntMap.ABSENT) {
        if (record) {
          emailChecks.put(key, check);
        }
      } else if (found == null && earlier < before && emailChecks.get(key) == check) {
        found = new Earlier("email", earlier, email);
      }
    }
    return found;
  }

  /** How many phones and e-mails are recorded. */
  int size() {
    return phones.size() + emails.size();
  }

  /** An E.164 number's digits ("+8613800138000": 8613800138000), or -1 for any other text. */
  static long phoneKey(String phone) {
    int length = phone.length();
    if (length < 2 || length > 16 || phone.charAt(0) != '+') {
      return -1;
    }
    long digits = 0;
    for (int i = 1; i < length; i++) {
      char c = phone.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      digits = digits * 10 + (c - '0');
    }
    return digits;
  }

  /** FNV-1a over the address's characters, its bits then mixed (MurmurHash3's finalizer). */
  static long hash64(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      h = (h ^ (c & 0xff)) * 0x100000001b3L;
      h = (h ^ (c >>> 8)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
