package org.peersite.image;

import java.util.Objects;

import org.peersite.internal.Fingerprint;

/**
 * An image file of the site, loaded: where it is, the digest of its bytes and what its header says. The inputs
 * of everything {@link Images} does with it later, so two equal source images give equal plans and equal bytes.
 *
 * @param file        the file as the user knows it, for messages: {@code content/img/photo.jpg}
 * @param fingerprint the digest of the file's bytes
 * @param size        the file's length in bytes
 * @param info        what the header says
 */
public record SourceImage(String file, Fingerprint fingerprint, long size, ImageInfo info) {

    public SourceImage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(info, "info");
    }

    /** The file name without folders and without its extension: what variant names start with. */
    public String stem() {
        return stemOf(file);
    }

    static String stemOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
