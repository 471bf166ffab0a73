package org.peersite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
                hasher.bytes(Files.readAllBytes(location));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read peersite's own code", e);
        } catch (URISyntaxException | RuntimeException e) {
            // No readable code source (an unusual class loader): fall back to the version, which is all we know.
            hasher.string(String.valueOf(GeneratorCode.class.getPackage().getImplementationVersion()));
        }
        return hasher.done();
    }
}
