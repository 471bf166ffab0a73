package org.peersite.diag;

import java.util.Objects;

/**
 * The program that found the problems, as machine-readable reports name it.
 *
 * @param name           {@code peersite}
 * @param version        its version, for example {@code 0.1.0}
 * @param informationUri where to read about it, or {@code null}
 */
public record Tool(String name, String version, String informationUri) {

    public Tool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /** peersite at this version. */
    public static Tool peersite(String version) {
        return new Tool("peersite", version, null);
    }
}
