package io.clientlens.batch.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads customers.jsonl one document at a time as UTF-8 bytes, in file order, skipping blank
 * lines, for {@link PreparedProfiles}: the documents (about 2 KB each) never pass through DuckDB
 * as JSON, only the profile columns read from them.
 *
 * <p>Not thread-safe: one reader per pass. The bytes of {@link #line()} are a copy the caller may
 * keep and hand to another thread.
 */
final class CustomerLines implements AutoCloseable {
    private static final int CHUNK = 1 << 20;

    private final InputStream in;
    private byte[] buffer = new byte[CHUNK];
    private int start;
    private int end;
    private boolean eof;
    private long lineNumber;
    private long ordinal;
    private byte[] line;

    CustomerLines(Path file) {
        try {
            this.in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Moves to the next non-blank line; false at the end of the file. */
    boolean next() {
        while (true) {
            int newline = indexOf((byte) '\n', start, end);
            if (newline < 0 && !eof) {
                fill();
                continue;
            }
            if (newline < 0 && start == end) {
                line = null;
                return false;
            }
            int stop = newline < 0 ? end : newline;
            lineNumber++;
            int from = start;
            int to = stop > from && buffer[stop - 1] == '\r' ? stop - 1 : stop;
            start = newline < 0 ? end : newline + 1;
            if (!isBlank(from, to)) {
                line = Arrays.copyOfRange(buffer, from, to);
                ordinal++;
                return true;
            }
        }
    }

    /** The current document's bytes, without the line end. */
    byte[] line() {
        return line;
    }

    /** 1-based physical line number of the current document, for messages. */
    long lineNumber() {
        return lineNumber;
    }

    /** 1-based position of the current document among the non-blank lines. */
    long ordinal() {
        return ordinal;
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Keeps the unread tail, growing the buffer when one line is longer than it. */
    private void fill() {
        int remaining = end - start;
        if (remaining == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, remaining);
        }
        start = 0;
        end = remaining;
        try {
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                eof = true;
            } else {
                end += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the customers file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
