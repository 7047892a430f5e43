package io.pyra.integration.importing;

/**
 * A map from long keys to int values in two flat arrays (open addressing, linear probing), for the
 * phones and e-mails an import has seen: about 16 bytes per entry at most three quarters full,
 * where a {@code HashMap<Long, Integer>} takes some 80. Not thread-safe; no removal.
 */
final class LongIntMap {

  /** What {@link #get} and {@link #putIfAbsent} answer for a key the map does not hold. */
  static final int ABSENT = Integer.MIN_VALUE;

  private static final int MAX_CAPACITY = 1 << 30;

  /** Slots; 0 marks an empty one (the key 0 is held apart, in {@link #zeroValue}). */
  private long[] keys;

  private int[] values;
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
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return ABSENT;
      }
    }
  }

  boolean containsKey(long key) {
    return key == 0 ? hasZero : keys[find(key)] == key;
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
    if (keys[i] == key) {
      values[i] = value;
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
    if (keys[i] == key) {
      return values[i];
    }
    insert(i, key, value);
    return ABSENT;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private int find(long key) {
    int i = slot(key);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void insert(int i, long key, int value) {
    keys[i] = key;
    values[i] = value;
    size++;
    if (size - (hasZero ? 1 : 0) > growAt) {
      grow();
    }
  }

  private void grow() {
    if (keys.length >= MAX_CAPACITY) {
      throw new IllegalStateException("LongIntMap full at " + size + " entries");
    }
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(oldKeys.length << 1);
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != 0) {
        int i = find(k);
        keys[i] = k;
        values[i] = oldValues[j];
      }
    }
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    growAt = capacity / 4 * 3;
  }

  /** The key's home slot: its bits mixed (Stafford's variant 13 of MurmurHash3's finalizer). */
  private int slot(long key) {
    long h = key;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h = h ^ (h >>> 31);
    return (int) h & mask;
  }
}
