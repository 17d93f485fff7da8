package io.clientlens.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Import files as UTF-8 text, decoded strictly: a byte that is not UTF-8 refuses the file with {@link NotUtf8Text},
 * naming its line. Java's readers otherwise put U+FFFD in its place, and a GBK file would be stored as garbage. A
 * leading byte order mark (Excel's "CSV UTF-8" writes one) is dropped.
 */
public final class Utf8Text {
    private static final char BOM = '\uFEFF';

    private Utf8Text() {
    }

    /** The text of {@code bytes} (an upload, a request body). */
    public static String decode(byte[] bytes) throws NotUtf8Text {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strictDecoder().decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8Text(1 + newlines(bytes, 0, in.position()));
        }
        return withoutBom(out.flip().toString());
    }

    /**
     * A reader of a file's bytes, for files too large to hold in memory; its {@code read} throws {@link NotUtf8Text}.
     * The caller opens the file: the core opens none.
     */
    public static Reader reader(InputStream in) {
        return new StrictReader(in);
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Line feeds among {@code bytes[from, to)}: a 0x0A byte is never part of a longer UTF-8 sequence. */
    private static long newlines(byte[] bytes, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * Decodes a stream chunk by chunk, counting the lines it has decoded, so that a bad byte is reported at its line
     * without reading the file a second time.
     */
    private static final class StrictReader extends Reader {
        private static final int CHUNK = 8192;

        private final InputStream in;
        private final CharsetDecoder decoder = strictDecoder();
        private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
        private final CharBuffer chars = CharBuffer.allocate(CHUNK).flip();
        private long line = 1;
        private boolean inputEnded;
        private boolean decodedAll;
        private boolean atStart = true;

        StrictReader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (!decodeMore()) {
                    return -1;
                }
            }
            int n = Math.min(length, chars.remaining());
            chars.get(target, offset, n);
            return n;
        }

        /** Fills {@link #chars} with the next decoded text, without a leading byte order mark; false when no more will come. */
        private boolean decodeMore() throws IOException {
            chars.clear();
            while (chars.position() == 0 && !decodedAll) {
                int from = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, inputEnded);
                line += newlines(bytes.array(), from, bytes.position());
                if (result.isError()) {
                    throw new NotUtf8Text(line);
                }
                if (result.isUnderflow()) {
                    if (inputEnded) {
                        decodedAll = true;
                    } else {
                        readMoreBytes();
                    }
                }
            }
            chars.flip();
            if (atStart && chars.hasRemaining()) {
                atStart = false;
                if (chars.get(0) == BOM) {
                    chars.get();
                }
            }
            return chars.hasRemaining() || !decodedAll;
        }

        private void readMoreBytes() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                inputEnded = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
