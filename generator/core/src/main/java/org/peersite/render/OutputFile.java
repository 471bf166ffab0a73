package org.peersite.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the built site: rendered bytes, or a file copied as it is (theme assets, static content files).
 *
 * @param path     where it goes, relative to the output folder, with {@code /} ({@code guides/x/index.html})
 * @param bytes    the content, or {@code null} for a copy
 * @param copyFrom the file to copy, or {@code null}
 */
public record OutputFile(String path, byte[] bytes, Path copyFrom) {

    public OutputFile {
        Objects.requireNonNull(path, "path");
        if ((bytes == null) == (copyFrom == null)) {
            throw new IllegalArgumentException("an output file has either bytes or a source to copy: " + path);
        }
    }

    public static OutputFile of(String path, byte[] bytes) {
        return new OutputFile(path, bytes, null);
    }

    public static OutputFile copy(String path, Path from) {
        return new OutputFile(path, null, from);
    }

    /** The file's bytes: rendered ones as they are, a copy's read from its source. */
    public byte[] read() {
        if (bytes != null) {
            return bytes;
        }
        try {
            return Files.readAllBytes(copyFrom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output path of a page at a site path: {@code /guides/x/} is {@code guides/x/index.html}. */
    public static String pathOf(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
}
