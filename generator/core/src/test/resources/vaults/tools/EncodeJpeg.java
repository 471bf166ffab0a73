import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes a binary PPM (P6) as a baseline JPEG with ImageIO: the one step of {@code make_vault_files.py} that
 * Python's standard library cannot do. Run by that script with the single-file source launcher:
 * {@code java EncodeJpeg.java in.ppm out.jpg 0.8}. Not part of the build; test data tooling only.
 */
public final class EncodeJpeg {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java EncodeJpeg.java IN.ppm OUT.jpg QUALITY");
            System.exit(2);
        }
        BufferedImage image = readPpm(Path.of(args[0]));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(Float.parseFloat(args[2]));
        Files.deleteIfExists(Path.of(args[1]));
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Path.of(args[1]).toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** A P6 file as written by the Python script: "P6\n<w> <h>\n255\n" then RGB bytes. */
    private static BufferedImage readPpm(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            String[] header = new String[4];
            for (int i = 0; i < 4; i++) {
                header[i] = token(data);
            }
            if (!header[0].equals("P6") || !header[3].equals("255")) {
                throw new IOException(file + " is not an 8-bit P6 file");
            }
            int width = Integer.parseInt(header[1]);
            int height = Integer.parseInt(header[2]);
            byte[] rgb = data.readNBytes(width * height * 3);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0, i = 0; y < height; y++) {
                for (int x = 0; x < width; x++, i += 3) {
                    image.setRGB(x, y, (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | (rgb[i + 2] & 0xFF));
                }
            }
            return image;
        }
    }

    private static String token(DataInputStream in) throws IOException {
        StringBuilder out = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (Character.isWhitespace(c)) {
                if (out.length() > 0) {
                    break;
                }
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
