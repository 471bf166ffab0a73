package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.peersite.internal.Fingerprint;

/**
 * The fingerprint of peersite's own code, part of every state's key: a state made by other code (another
 * version, or the same version rebuilt after a change) is never reused, so a cache can never mix what two
 * generators made. Computed once per JVM from the jar or class folder the engine was loaded from.
 */
final class GeneratorCode {

    private GeneratorCode() {
    }

    static Fingerprint fingerprint() {
        return Holder.FINGERPRINT;
    }

    private static final class Holder {
        static final Fingerprint FINGERPRINT = compute();
    }

    private static Fingerprint compute() {
        Fingerprint.Hasher hasher = new Fingerprint.Hasher();
        try {
            Path location = Path.of(GeneratorCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location)) {
                    List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
                    for (Path file : files) {
                        hasher.string(location.relativize(file).toString()).bytes(Files.readAllBytes(file));
                    }
                }
            } else {
                hashEntries(location, hasher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read peersite's own code", e);
        } catch (URISyntaxException | RuntimeException e) {
            // No readable code source (an unusual class loader): fall back to the version, which is all we know.
            hasher.string(String.valueOf(GeneratorCode.class.getPackage().getImplementationVersion()));
        }
        return hasher.done();
    }

    /**
     * A jar by its central directory alone: every entry's name, CRC-32 and sizes, in the jar's order. Any change
     * to a class or resource changes its CRC, and reading the directory costs a fraction of hashing the whole
     * jar (5 MB, a few per cent of a small site's build).
     */
    private static void hashEntries(Path jar, Fingerprint.Hasher hasher) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                hasher.string(entry.getName()).number(entry.getCrc()).number(entry.getSize())
                        .number(entry.getCompressedSize());
            }
        }
    }
}
