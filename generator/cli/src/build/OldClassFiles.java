import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites, in a jar, every class file older than Java 6 as a Java 8 class file with stack map frames, and leaves
 * every other entry as it was (bytes, order, times). Run by the build on the runnable jar, with ASM on the class
 * path: {@code java -cp asm.jar OldClassFiles.java target/peersite.jar}.
 *
 * <p>Why: a class-data archive (bin/peersite's) verifies a class when it is made only if the class has stack
 * map frames; an older class (picocli's, compiled for Java 5) is verified again by the JVM's old inferencing
 * verifier on every run. picocli's 120 classes cost about 10 ms of the main thread before a build could start
 * (docs/performance.md, round 17). The code is the same; only the frames are added and the version raised.
 */
public final class OldClassFiles {

    /** Java 6's class file version, the first with stack map frames. */
    private static final int WITH_FRAMES = 50;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(jar.toFile());
             URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                     ClassLoader.getPlatformClassLoader());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(entry);   // the name, time and extra fields as they were
                copy.setCompressedSize(-1);
                if (entry.getName().endsWith(".class") && version(bytes) < WITH_FRAMES) {
                    bytes = withFrames(bytes, classes);
                    copy.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static int version(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | (classFile[7] & 0xff);
    }

    /**
     * The class at Java 8's version with its frames computed; ASM refuses a method that uses JSR/RET (which
     * frames cannot describe), and the build fails with its message.
     */
    private static byte[] withFrames(byte[] classFile, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            // The frames' common superclasses are looked up among the jar's classes and the JDK's.
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }

    private OldClassFiles() {
    }
}
