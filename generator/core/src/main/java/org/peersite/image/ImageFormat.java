package org.peersite.image;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats peersite recognises by their first bytes, and what it does with each: a raster format it
 * decodes is resized into variants, a pass-through format is published as it is (less its metadata), and an
 * unsupported one is recognised only to name it in the error.
 */
public enum ImageFormat {
    JPEG("JPEG", "image/jpeg", Handling.RESIZED, "jpg", "jpg", "jpeg", "jpe", "jfif"),
    PNG("PNG", "image/png", Handling.RESIZED, "png", "png"),
    /** Variants of a still GIF are written as PNG (smaller, and not limited to 256 colours once resized). */
    GIF("GIF", "image/gif", Handling.RESIZED, "png", "gif"),
    /** Variants of a BMP are written as PNG: no browser needs BMP, and PNG is lossless too. */
    BMP("BMP", "image/bmp", Handling.RESIZED, "png", "bmp", "dib"),
    /** No WebP encoder exists in Java; a WebP is already made for the web, so it passes through. */
    WEBP("WebP", "image/webp", Handling.PASSED_THROUGH, "webp", "webp"),
    SVG("SVG", "image/svg+xml", Handling.PASSED_THROUGH, "svg", "svg"),
    AVIF("AVIF", "image/avif", Handling.UNSUPPORTED, "avif", "avif"),
    HEIC("HEIC", "image/heic", Handling.UNSUPPORTED, "heic", "heic", "heif"),
    TIFF("TIFF", "image/tiff", Handling.UNSUPPORTED, "tif", "tif", "tiff");

    /** What peersite does with a format. */
    public enum Handling {
        /** Decoded, oriented and written again at each width of the srcset. */
        RESIZED,
        /** Published at its own size, metadata removed without decoding. */
        PASSED_THROUGH,
        /** Recognised but not published: an error asks for another format. */
        UNSUPPORTED
    }

    private final String label;
    private final String mediaType;
    private final Handling handling;
    private final String outputExtension;
    private final List<String> extensions;

    ImageFormat(String label, String mediaType, Handling handling, String outputExtension, String... extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.handling = handling;
        this.outputExtension = outputExtension;
        this.extensions = List.of(extensions);
    }

    /** The name authors know, for messages: {@code JPEG}, {@code WebP}. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public Handling handling() {
        return handling;
    }

    /** The extension of this format's resized variants, without a dot (a GIF's are {@code png}). */
    public String outputExtension() {
        return outputExtension;
    }

    /** The file-name extensions this format goes by, lower case, without a dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension claims, if it is an image extension at all. */
    public static Optional<ImageFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || fileName.indexOf('/', dot) >= 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Whether a file name has one of the image extensions above (the files the pipeline hands to {@link Images}). */
    public static boolean isImageFileName(String fileName) {
        return byFileName(fileName).isPresent();
    }
}
