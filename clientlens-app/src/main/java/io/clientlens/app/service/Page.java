package io.clientlens.app.service;

import java.util.List;

/** One page of a list: the items, the page number (from 0), its size and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
