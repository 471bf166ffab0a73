package org.peersite.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG encoder for the social cards: 8-bit RGB, one IDAT chunk, and nothing else (no time, no text, no
 * gamma), so the bytes are a function of the pixels alone. Written here rather than taken from ImageIO because
 * the cards are mostly flat colour: a row equal to the one above is written with the "Up" filter (all zeros),
 * any other with "Sub", which deflates well even at zlib's fastest level, and whose bytes are worked out again
 * only where the row differs from the one above; ImageIO's writer (every filter tried
 * on every row, strong compression) took about four times as long per card.
 *
 * <p>Most of a card is rows equal to the one above (the bands of background around the text): zlib spent
 * most of a card's encoding reading their zeros, the same zeros for every card. A run of {@link #RUN} or more
 * such rows is compressed once per length, and its bytes are spliced into each image's stream after a full
 * flush (which makes the deflater forget what came before, so that the pieces stand alone); the stream's
 * Adler-32 is combined from the pieces'. On the real site's 42 cards: the encoder's CPU 165 -> 76 ms (a harness
 * with the launcher's JVM options), and 6 % fewer bytes, for the same pixels. The band of the backdrop every
 * card has unchanged (the logo and the site's name) is compressed once per encoder the same way
 * ({@link #encode(BufferedImage, int[])}): the first 42 cards 149 -> 132 ms of thread CPU, the same bytes.
 * Thread-safe: one encoder serves every thread drawing cards, keeping the runs it compressed.
 *
 * <pre>
 * Png encoder = new Png();
 * byte[] png = encoder.encode(image);   // image of TYPE_INT_RGB
 * </pre>
 */
final class Png {

    /**
     * zlib's speed against size. Measured on a card (C1-compiled, as the CLI's batch JVM runs): level 1 took
     * 4.9 ms for 48.6 KB, 6 (zlib's default) 10 ms for 37.9 KB. A card is fetched once by each app that shows a
     * preview, but drawn for every page of the site, so the faster level wins.
     */
    static final int LEVEL = 1;
    /**
     * The shortest run of rows equal to the one above that is spliced in compressed: a splice costs a flush (a
     * few bytes, and matches that cannot reach back past it); runs of 2 to 8 measured within 0.1 % in size.
     */
    static final int RUN = 4;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** A zlib stream's first two bytes (RFC 1950): deflate with a 32 KiB window, at the fastest level. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    private static final byte FILTER_SUB = 1;
    private static final byte FILTER_UP = 2;

    /**
     * Runs of rows equal to the one above, compressed, by row width and number of rows: at most one a length (a
     * run of 100 card rows is 1.8 KB), a handful for a site's cards.
     */
    private final Map<Long, Piece> runs = new ConcurrentHashMap<>();
    /**
     * The bands of each image others are drawn over ({@link #encode(BufferedImage, int[])}), by its pixels' array
     * itself (an array's equality is its identity): one for a site's cards.
     */
    private final Map<int[], Band[]> bands = new ConcurrentHashMap<>();
    /** How many bytes of filtered rows this encoder gave zlib: the work that the runs kept save. */
    private final LongAdder deflated = new LongAdder();

    /** The image as PNG bytes; it must be {@link BufferedImage#TYPE_INT_RGB}. */
    byte[] encode(BufferedImage image) {
        return encode(image, null);
    }

    /**
     * The image as PNG bytes, for an image drawn over a copy of {@code under} (the pixels of an image of the same
     * size and type, which must not change while this encoder lives): each band of rows of {@code under} that
     * lies between two runs of rows equal to the one above (see {@link #bands}) is compressed once per encoder,
     * and spliced into every image that left the band as it was. A card's logo and site name are such a band.
     */
    byte[] encode(BufferedImage image, int[] under) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("only TYPE_INT_RGB images, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        if (under != null && under.length != pixels.length) {
            throw new IllegalArgumentException("not the pixels of an image of this size");
        }
        Band[] bands = under == null ? null : this.bands.computeIfAbsent(under, u -> bands(u, width, height));
        // The file is written in one array, the compressed rows straight into it: a copy of a card's bytes from
        // one stream to the next was a new array, and fresh memory, each time.
        Bytes png = new Bytes(64 * 1024);
        png.append(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;   // bits per sample
        header[9] = 2;   // colour type: RGB
        int ihdr = png.chunkStart("IHDR");
        png.append(header);
        png.chunkEnd(ihdr);

        int idat = png.chunkStart("IDAT");
        png.append(ZLIB_HEADER);
        try (Deflating zlib = new Deflating(png, deflated)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = FILTER_SUB;
            byte[] up = new byte[1 + 3 * width];
            up[0] = FILTER_UP;
            sub(pixels, 0, 0, width - 1, row);
            zlib.write(row);
            // Whether a band was spliced in since row was last worked out: it then holds the "Sub" bytes of a row
            // before the band, not of the row above.
            boolean stale = false;
            int y = 1;
            while (y < height) {
                int start = y * width;
                Band band = bands == null ? null : bands[y];
                if (band != null && Arrays.equals(pixels, start, band.end() * width, under, start, band.end() * width)) {
                    zlib.splice(band.piece());
                    stale = true;
                    y = band.end();
                    continue;
                }
                int first = Arrays.mismatch(pixels, start, start + width, pixels, start - width, start);
                if (first < 0) {
                    int end = y + 1;
                    while (end < height && equalsRowAbove(pixels, width, end)) {
                        end++;
                    }
                    int rows = end - y;
                    if (rows >= RUN) {
                        zlib.splice(runs.computeIfAbsent((long) width << 32 | rows, key -> run(up, rows)));
                    } else {
                        for (int i = 0; i < rows; i++) {
                            zlib.write(up);
                        }
                    }
                    y = end;
                    continue;
                }
                // row holds the "Sub" bytes of the row above (rows written as "Up" equal the one before them):
                // only the pixels that differ from it, and the one after the last of them, change.
                int last = width - 1;
                while (pixels[start + last] == pixels[start - width + last]) {
                    last--;
                }
                if (stale) {
                    sub(pixels, start, 0, width - 1, row);
                    stale = false;
                } else {
                    sub(pixels, start, first, Math.min(last + 1, width - 1), row);
                }
                zlib.write(row);
                y++;
            }
            png.appendInt((int) zlib.finish());
        }
        png.chunkEnd(idat);
        png.chunkEnd(png.chunkStart("IEND"));
        return png.toArray();
    }

    /** How many bytes of filtered rows this encoder has given zlib so far (for tests that count the work). */
    long bytesDeflated() {
        return deflated.sum();
    }

    private static boolean equalsRowAbove(int[] pixels, int width, int y) {
        int start = y * width;
        return Arrays.mismatch(pixels, start, start + width, pixels, start - width, start) < 0;
    }

    /** {@code rows} times the row of zeros {@code up}, compressed on its own, ending in a full flush. */
    private Piece run(byte[] up, int rows) {
        Bytes out = new Bytes(4 * 1024);
        try (Deflating zlib = new Deflating(out, deflated)) {
            for (int i = 0; i < rows; i++) {
                zlib.write(up);
            }
            long adler = zlib.flush();
            return new Piece(out.toArray(), adler, (long) rows * up.length);
        }
    }

    /**
     * The bands of an image drawn under others, by the row each starts at: from a row unlike the one above to the
     * last such row before a run of {@link #RUN} rows equal to the one above (or the image's end), {@link #RUN} or
     * more rows in all (row 0 is never in one), compressed as {@link #encode} writes them between two such runs,
     * which it splices in after a full flush each: an image that has such a band between such runs gets the same
     * bytes whether the band is spliced or not.
     */
    private Band[] bands(int[] under, int width, int height) {
        Band[] bands = new Band[height];
        int y = 1;
        while (y < height) {
            if (equalsRowAbove(under, width, y)) {
                y++;
                continue;
            }
            int start = y++;
            int end = y;
            while (y < height) {
                if (!equalsRowAbove(under, width, y)) {
                    end = ++y;
                    continue;
                }
                int run = y;
                while (y < height && equalsRowAbove(under, width, y)) {
                    y++;
                }
                if (y - run >= RUN) {
                    break;
                }
            }
            if (end - start >= RUN) {
                bands[start] = new Band(end, band(under, width, start, end));
            }
        }
        return bands;
    }

    /**
     * Rows {@code start} to {@code end - 1} of the pixels, compressed on their own: the first as "Sub", each other
     * as "Up" where it equals the row above, else as "Sub".
     */
    private Piece band(int[] pixels, int width, int start, int end) {
        Bytes out = new Bytes(16 * 1024);
        byte[] row = new byte[1 + 3 * width];
        row[0] = FILTER_SUB;
        byte[] up = new byte[1 + 3 * width];
        up[0] = FILTER_UP;
        try (Deflating zlib = new Deflating(out, deflated)) {
            for (int y = start; y < end; y++) {
                if (y > start && equalsRowAbove(pixels, width, y)) {
                    zlib.write(up);
                } else {
                    sub(pixels, y * width, 0, width - 1, row);
                    zlib.write(row);
                }
            }
            long adler = zlib.flush();
            return new Piece(out.toArray(), adler, (long) (end - start) * row.length);
        }
    }

    /** A band of an image drawn under others: where it ends (the row after it), and its rows compressed. */
    private record Band(int end, Piece piece) {
    }

    /**
     * Raw deflate data (no zlib header or checksum) that stands alone, with the Adler-32 and the number of the
     * bytes it holds.
     */
    private record Piece(byte[] bytes, long adler, long length) {
    }

    /** Bytes deflated into {@link Bytes}, with pieces spliced in, and the Adler-32 of all they hold. */
    private static final class Deflating implements AutoCloseable {

        private final Deflater deflater = new Deflater(LEVEL, true);
        private final Bytes out;
        private final LongAdder deflated;
        /** The Adler-32 of the bytes written since the last flush, and how many they are. */
        private final Adler32 recent = new Adler32();
        private long recentLength;
        /** The Adler-32 of everything before them. */
        private long adler = 1;

        Deflating(Bytes out, LongAdder deflated) {
            this.out = out;
            this.deflated = deflated;
        }

        void write(byte[] bytes) {
            deflated.add(bytes.length);
            recent.update(bytes);
            recentLength += bytes.length;
            deflater.setInput(bytes);
            while (!deflater.needsInput()) {
                out.deflate(deflater, Deflater.NO_FLUSH);
            }
        }

        void splice(Piece piece) {
            flush();
            out.append(piece.bytes());
            adler = combine(adler, piece.adler(), piece.length());
        }

        /**
         * Ends what was written in a full flush: the data after it does not reach back, so it can follow a splice
         * or be spliced. The Adler-32 of everything written.
         */
        long flush() {
            while (out.deflate(deflater, Deflater.FULL_FLUSH)) {
                // more output than room: again
            }
            return checksum();
        }

        /** Ends what was written as a whole stream's data (its last block marked last). Its Adler-32. */
        long finish() {
            deflater.finish();
            while (!deflater.finished()) {
                out.deflate(deflater, Deflater.NO_FLUSH);
            }
            return checksum();
        }

        private long checksum() {
            adler = combine(adler, recent.getValue(), recentLength);
            recent.reset();
            recentLength = 0;
            return adler;
        }

        @Override
        public void close() {
            deflater.end();
        }
    }

    /** A growing byte array, which a deflater writes into and PNG's chunks are framed in. */
    private static final class Bytes {

        private byte[] array;
        private int size;

        Bytes(int capacity) {
            array = new byte[capacity];
        }

        void append(byte[] bytes) {
            room(bytes.length);
            System.arraycopy(bytes, 0, array, size, bytes.length);
            size += bytes.length;
        }

        void appendInt(int value) {
            room(4);
            putInt(array, size, value);
            size += 4;
        }

        /** Deflates into the free space, made at least 4 KiB; whether the deflater filled it (it has more). */
        boolean deflate(Deflater deflater, int flush) {
            room(4 * 1024);
            int free = array.length - size;
            int n = deflater.deflate(array, size, free, flush);
            size += n;
            return n == free;
        }

        /** Starts a chunk: its length, to be filled in by {@link #chunkEnd}, and its type. */
        int chunkStart(String type) {
            int start = size;
            appendInt(0);
            append(type.getBytes(StandardCharsets.US_ASCII));
            return start;
        }

        /** Ends the chunk started at {@code start}: its length, and the CRC of its type and data. */
        void chunkEnd(int start) {
            putInt(array, start, size - start - 8);
            CRC32 crc = new CRC32();
            crc.update(array, start + 4, size - start - 4);
            appendInt((int) crc.getValue());
        }

        byte[] toArray() {
            return Arrays.copyOf(array, size);
        }

        private void room(int bytes) {
            if (array.length - size < bytes) {
                array = Arrays.copyOf(array, Math.max(2 * array.length, size + bytes));
            }
        }
    }

    /**
     * The Adler-32 of two byte sequences one after the other, from each one's and the second's length (zlib's
     * {@code adler32_combine}).
     */
    static long combine(long first, long second, long secondLength) {
        final long base = 65521;
        long remainder = secondLength % base;
        long sum1 = first & 0xffff;
        long sum2 = remainder * sum1 % base;
        sum1 += (second & 0xffff) + base - 1;
        sum2 += (first >>> 16 & 0xffff) + (second >>> 16 & 0xffff) + base - remainder;
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum2 >= base << 1) {
            sum2 -= base << 1;
        }
        if (sum2 >= base) {
            sum2 -= base;
        }
        return sum1 | sum2 << 16;
    }

    /**
     * The "Sub" filter's bytes for pixels {@code from} to {@code to} (inclusive) of the row starting at
     * {@code start}: each colour byte minus the one of the pixel to its left (0 left of the first).
     */
    private static void sub(int[] pixels, int start, int from, int to, byte[] row) {
        int previous = from == 0 ? 0 : pixels[start + from - 1];
        for (int x = from, k = 1 + 3 * from; x <= to; x++, k += 3) {
            int p = pixels[start + x];
            row[k] = (byte) ((p >> 16) - (previous >> 16));
            row[k + 1] = (byte) ((p >> 8) - (previous >> 8));
            row[k + 2] = (byte) (p - previous);
            previous = p;
        }
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
