package org.peersite.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One fingerprint of a whole site, so two builds (two CI runs, two machines) can be compared at a glance:
 * {@code sha256:} and the SHA-256 of the listing {@code sha256sum} prints for every file written, sorted by
 * path byte by byte. The same number comes out of the shell, from inside the output folder:
 * <pre>
 * find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum
 * </pre>
 * (one line per file: the file's hex SHA-256, two spaces, its path with {@code /}, a newline). It depends on
 * nothing but the files' paths and bytes: not on their order of writing, times, permissions or the folder's
 * place. {@link #add} is thread-safe.
 */
public final class SiteDigest {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    /** Records a file by its path under the output folder ({@code guides/x/index.html}) and its SHA-256. */
    public void add(String path, byte[] sha256) {
        if (files.putIfAbsent(path, sha256.clone()) != null) {
            throw new IllegalStateException("written twice: " + path);
        }
    }

    /** {@code sha256:} and 64 hex digits, over the files recorded so far. */
    public String value() {
        List<Map.Entry<String, byte[]>> sorted = new ArrayList<>(files.entrySet());
        sorted.sort((a, b) -> compareBytes(a.getKey(), b.getKey()));
        MessageDigest listing = sha256();
        HexFormat hex = HexFormat.of();
        for (Map.Entry<String, byte[]> file : sorted) {
            String line = hex.formatHex(file.getValue()) + "  " + file.getKey() + "\n";
            listing.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return "sha256:" + hex.formatHex(listing.digest());
    }

    /** How many files were recorded. */
    public int size() {
        return files.size();
    }

    /** A fresh SHA-256. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The order of {@code LC_ALL=C sort}: the paths' UTF-8 bytes, unsigned. */
    private static int compareBytes(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
