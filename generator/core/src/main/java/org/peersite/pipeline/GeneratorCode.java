package org.peersite.pipeline;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
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

    /** The end-of-central-directory record of a zip file: its signature, its length without the comment. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_RECORD = 22;
    private static final int MAX_COMMENT = 0xffff;

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
                hasher.fingerprint(ofJar(location));
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
     * A jar by its central directory alone: every entry's name, CRC-32, sizes and times, read and hashed as the one
     * block of bytes the jar keeps them in. Any change to a class or resource changes its CRC, and the directory
     * (about 300 KB for peersite's 3,500 entries) costs a fraction of hashing the whole jar (5 MB), and of walking
     * its entries one object at a time, which took 20-40 ms of every build's start before its first stage.
     */
    static Fingerprint ofJar(Path jar) throws IOException {
        return Fingerprint.of(centralDirectory(jar));
    }

    /**
     * The jar's central directory, found through the end-of-central-directory record that closes the file; the
     * whole file when it has none of the usual form (a Zip64 jar, with more than 65,535 entries or 4 GB).
     */
    private static byte[] centralDirectory(Path jar) throws IOException {
        try (FileChannel file = FileChannel.open(jar)) {
            long size = file.size();
            int tail = (int) Math.min(size, END_RECORD + MAX_COMMENT);
            ByteBuffer end = read(file, size - tail, tail);
            for (int at = tail - END_RECORD; at >= 0; at--) {
                if (end.getInt(at) == END_SIGNATURE) {
                    long length = end.getInt(at + 12) & 0xffffffffL;
                    long offset = end.getInt(at + 16) & 0xffffffffL;
                    if (offset + length > size - tail + at) {
                        break;
                    }
                    return read(file, offset, (int) length).array();
                }
            }
        }
        return Files.readAllBytes(jar);
    }

    private static ByteBuffer read(FileChannel file, long from, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, from + buffer.position()) < 0) {
                throw new EOFException("the jar ended early");
            }
        }
        return buffer;
    }
}
