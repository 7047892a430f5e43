package io.pyra.integration.importing;

/**
 * A map from long keys to int values in one flat array (open addressing, linear probing), for the
 * phones and e-mails an import has seen: a slot holds its key and value side by side, so a lookup
 * in a map of millions costs one cache miss, not two; 16 bytes per slot, at most three quarters
 * full (some 21 bytes per entry), where a {@code HashMap<Long, Integer>} takes some 80. Not
 * thread-safe; no removal.
 */
final class LongIntMap {

  /** What {@link #get} and {@link #putIfAbsent} answer for a key the map does not hold. */
  static final int ABSENT = Integer.MIN_VALUE;

  private static final int MAX_CAPACITY = 1 << 29;

  /**
   * Slot i: its key at {@code 2 * i}, its value at {@code 2 * i + 1}; a key of 0 marks an empty
   * slot (the key 0 is held apart, in {@link #zeroValue}).
   */
  private long[] slots;

  private int mask;
  private int size;
  private int growAt;
  private boolean hasZero;
  private int zeroValue;

  LongIntMap() {
    this(16);
  }

  /** A map sized for {@code expected} entries without growing. */
  LongIntMap(int expected) {
    int capacity = 16;
    while (capacity < MAX_CAPACITY && capacity * 3L / 4 < expected) {
      capacity <<= 1;
    }
    allocate(capacity);
  }

  int size() {
    return size;
  }

  /** The value of the key, or {@link #ABSENT}. */
  int get(long key) {
    if (key == 0) {
      return hasZero ? zeroValue : ABSENT;
    }
    long[] s = slots;
    for (int i = slot(key); ; i = (i + 2) & mask) {
      long k = s[i];
      if (k == key) {
        return (int) s[i + 1];
      }
      if (k == 0) {
        return ABSENT;
      }
    }
  }

  boolean containsKey(long key) {
    return key == 0 ? hasZero : slots[find(key)] == key;
  }

  /** Sets the key's value, replacing any it had. */
  void put(long key, int value) {
    if (key == 0) {
      if (!hasZero) {
        hasZero = true;
        size++;
      }
      zeroValue = value;
      return;
    }
    int i = find(key);
    if (slots[i] == key) {
      slots[i + 1] = value;
      return;
    }
    insert(i, key, value);
  }

  /**
   * Sets the key's value unless it has one: answers the value it had, or {@link #ABSENT} when it
   * was added.
   */
  int putIfAbsent(long key, int value) {
    if (key == 0) {
      if (hasZero) {
        return zeroValue;
      }
      hasZero = true;
      zeroValue = value;
      size++;
      return ABSENT;
    }
    int i = find(key);
    if (slots[i] == key) {
      return (int) slots[i + 1];
    }
    insert(i, key, value);
    return ABSENT;
  }

  /** The index of the slot holding the key, or of the empty slot where it would go. */
  private int find(long key) {
    long[] s = slots;
    int i = slot(key);
    while (s[i] != 0 && s[i] != key) {
      i = (i + 2) & mask;
    }
    return i;
  }

  private void insert(int i, long key, int value) {
    slots[i] = key;
    slots[i + 1] = value;
    size++;
    if (size - (hasZero ? 1 : 0) > growAt) {
      grow();
    }
  }

  private void grow() {
    if (slots.length / 2 >= MAX_CAPACITY) {
      throw new IllegalStateException("LongIntMap full at " + size + " entries");
    }
    long[] old = slots;
    allocate(old.length); // twice the slots: the array held two longs per slot
    for (int j = 0; j < old.length; j += 2) {
      long k = old[j];
      if (k != 0) {
        int i = find(k);
        slots[i] = k;
        slots[i + 1] = old[j + 1];
      }
    }
  }

  private void allocate(int capacity) {
    slots = new long[capacity * 2];
    mask = capacity * 2 - 1 - 1; // an even index below the array's length
    growAt = capacity / 4 * 3;
  }

  /**
   * The index of the key's home slot: its bits mixed (Stafford's variant 13 of MurmurHash3's
   * finalizer).
   */
  private int slot(long key) {
    long h = key;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h = h ^ (h >>> 31);
    return (int) h & mask;
  }
}
