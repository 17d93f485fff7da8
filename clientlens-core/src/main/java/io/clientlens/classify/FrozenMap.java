package io.clientlens.classify;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map in insertion order that allows null values, built once by the classifier.
 * {@link DimensionResult} and {@link Classification} keep an instance as it is instead of copying
 * it, because nobody else holds it; they still copy any other map. A customer's classification
 * holds about fifteen of these, so the two copies per map (LinkedHashMap, then the record's copy)
 * were a large part of its cost. Small maps only: look-up by key is a linear scan.
 */
final class FrozenMap extends AbstractMap<String, Object> {
    private final Map.Entry<String, Object>[] entries;
    private final Set<Map.Entry<String, Object>> entrySet = new EntrySet();

    private FrozenMap(Map.Entry<String, Object>[] entries) {
        this.entries = entries;
    }

    /** Names and values in the order given: name, value, name, value, …; a repeated name keeps its first place and takes the last value, as a LinkedHashMap would. */
    static FrozenMap of(Object... namesAndValues) {
        Builder builder = new Builder(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }

    static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    /** Collects entries with {@link java.util.LinkedHashMap#put} semantics; used by one thread, then built once. */
    static final class Builder {
        private Map.Entry<String, Object>[] entries;
        private int size;

        @SuppressWarnings("unchecked")
        private Builder(int expectedSize) {
            entries = new Map.Entry[Math.max(expectedSize, 1)];
        }

        Builder put(String name, Object value) {
            for (int i = 0; i < size; i++) {
                if (entries[i].getKey().equals(name)) {
                    entries[i] = new SimpleImmutableEntry<>(name, value);
                    return this;
                }
            }
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = new SimpleImmutableEntry<>(name, value);
            return this;
        }

        Builder putAll(Map<String, ?> values) {
            values.forEach(this::put);
            return this;
        }

        FrozenMap build() {
            FrozenMap map = new FrozenMap(size == entries.length ? entries : Arrays.copyOf(entries, size));
            entries = null; // built once: a later put fails instead of changing the map
            return map;
        }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return entrySet;
    }

    @Override
    public int size() {
        return entries.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : entries[i].getValue();
    }

    private int indexOf(Object key) {
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].getKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private final class EntrySet extends AbstractSet<Map.Entry<String, Object>> {
        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < entries.length;
                }

                @Override
                public Map.Entry<String, Object> next() {
                    if (next >= entries.length) {
                        throw new NoSuchElementException();
                    }
                    return entries[next++];
                }
            };
        }

        @Override
        public int size() {
            return entries.length;
        }
    }
}
