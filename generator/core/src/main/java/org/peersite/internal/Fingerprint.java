package org.peersite.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A 128-bit digest of some content: what the pipeline compares to learn whether an input or a result changed
 * (never modification times, which checkouts reset). MD5, because it is fast in the JDK and the inputs are
 * authors' files, not an adversary's: the digest only has to tell edits apart, not resist forged collisions.
 * Immutable.
 */
public record Fingerprint(long high, long low) {

    public static final Fingerprint NONE = new Fingerprint(0, 0);

    public static Fingerprint of(byte[] bytes) {
        return new Hasher().bytes(bytes).done();
    }

    public static Fingerprint of(String text) {
        return new Hasher().string(text).done();
    }

    public String hex() {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    @Override
    public String toString() {
        return hex();
    }

    /** Builds a fingerprint from a sequence of values; each value is framed, so ("ab","c") differs from ("a","bc"). */
    public static final class Hasher {
        private final MessageDigest md5;
        private final ByteBuffer scratch = ByteBuffer.allocate(8);

        public Hasher() {
            try {
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has MD5", e);
            }
        }

        public Hasher bytes(byte[] bytes) {
            number(bytes.length);
            md5.update(bytes);
            return this;
        }

        /** A string, or {@code null} (which differs from every string). */
        public Hasher string(String text) {
            if (text == null) {
                return number(-1);
            }
            return bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        public Hasher number(long value) {
            scratch.clear();
            scratch.putLong(value);
            md5.update(scratch.array());
            return this;
        }

        public Hasher fingerprint(Fingerprint other) {
            return number(other.high).number(other.low);
        }

        public Fingerprint done() {
            ByteBuffer digest = ByteBuffer.wrap(md5.digest());
            return new Fingerprint(digest.getLong(), digest.getLong());
        }
    }
}
